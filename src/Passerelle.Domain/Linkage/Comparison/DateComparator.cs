using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>
/// Compares birth dates in levels: 7 exact, 6 day and month swapped, 5 one digit wrong (a typo),
/// 4 year one apart with the same day and month, 3 same year and one side knows only the year, 2 year one apart
/// and one side knows only the year, 1 two complete dates within a year of each other that disagree otherwise,
/// 0 years apart (two or more). Levels 0 and 1 are strong evidence of two persons: m for them is far below u and
/// may not be learnt above its typical value (see <see cref="Scoring.TypicalMatchProbabilities"/>).
/// A one-digit difference counts as a typo only when the years are at most one apart: "2009" and "2004" are five
/// years, not a keystroke. 1 January is read as "year only": it is the date administrations give undocumented
/// persons who know only their year of birth (issue 13), so two "01/01/2002" agree on the year, not on a day.
/// </summary>
public static class DateComparator
{
    public const byte YearsApart = 0;

    public const byte CompleteDatesDiffer = 1;

    public static readonly string[] LevelNames =
        ["years apart", "complete dates differ", "year ± 1, one side year only", "same year, one side year only", "year ± 1", "one digit", "day/month swapped", "exact"];

    public static byte Compare(PartialDate? left, PartialDate? right)
    {
        if (left is not { } a || right is not { } b)
        {
            return ComparisonLevel.Missing;
        }

        (a, b) = (YearOnlyIfFirstJanuary(a), YearOnlyIfFirstJanuary(b));
        if (a.HasMonthAndDay && b.HasMonthAndDay)
        {
            if (a == b)
            {
                return 7;
            }

            if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
            {
                return 6;
            }

            if (Math.Abs(a.Year - b.Year) <= 1 && StringMetrics.DamerauLevenshtein(a.ToString(), b.ToString()) == 1)
            {
                return 5;
            }

            if (Math.Abs(a.Year - b.Year) == 1 && a.Month == b.Month && a.Day == b.Day)
            {
                return 4;
            }
        }

        var years = Math.Abs(a.Year - b.Year);
        if (years >= 2)
        {
            return YearsApart;
        }

        if (a.HasMonthAndDay && b.HasMonthAndDay)
        {
            return CompleteDatesDiffer;
        }

        return years == 0 ? (byte)3 : (byte)2;
    }

    /// <summary>1 January stands for an unknown day and month (the administrative birth date of undocumented persons).</summary>
    public static PartialDate YearOnlyIfFirstJanuary(PartialDate date) =>
        date is { Month: 1, Day: 1 } ? date with { Month = 0, Day = 0 } : date;
}
