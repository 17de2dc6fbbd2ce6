using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>
/// Compares birth dates in levels: 9 exact, 8 day and month swapped, 7 one digit wrong (a typo),
/// 6 year one apart with the same day and month, 5 same year and both sides know only the year, 4 same year and
/// one side knows only the year (the other a complete date), 3 and 2 the same with years one apart, 1 two complete
/// dates within a year of each other that disagree otherwise, 0 years apart (two or more). Levels 0 and 1 are strong evidence of two persons: m for them is far below u and
/// may not be learnt above its typical value (see <see cref="Scoring.TypicalMatchProbabilities"/>).
/// A one-digit difference counts as a typo only when the years are at most one apart: "2009" and "2004" are five
/// years, not a keystroke. 1 January is read as "year only": it is the date administrations give undocumented
/// persons who know only their year of birth (issue 13), so two "01/01/2002" agree on the year, not on a day.
/// Two records that both know only the year agree on all either knows — a person who does not know their day
/// gives it to no agency, while a namesake born that year usually has a complete date — where a year against a
/// complete date only does not disagree: on the realistic development seeds the two, in one level, made 2 to 4
/// times as many false links as missed pairs in the second case and the reverse in the first (issue 13, eleventh
/// pass), so each has its level and its own m and u.
/// </summary>
public static class DateComparator
{
    public const byte YearsApart = 0;

    public const byte CompleteDatesDiffer = 1;

    public const byte YearOffAgainstADate = 2;

    public const byte YearOffBothYearOnly = 3;

    public static readonly string[] LevelNames =
        [
            "years apart", "complete dates differ", "year ± 1, one side year only", "year ± 1, both year only",
            "same year, one side year only", "same year, both year only", "year ± 1", "one digit", "day/month swapped", "exact",
        ];

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
                return 9;
            }

            if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
            {
                return 8;
            }

            if (Math.Abs(a.Year - b.Year) <= 1 && StringMetrics.DamerauLevenshtein(a.ToString(), b.ToString()) == 1)
            {
                return 7;
            }

            if (Math.Abs(a.Year - b.Year) == 1 && a.Month == b.Month && a.Day == b.Day)
            {
                return 6;
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

        var bothYearOnly = !a.HasMonthAndDay && !b.HasMonthAndDay;
        return (years, bothYearOnly) switch
        {
            (0, true) => 5,
            (0, false) => 4,
            (_, true) => YearOffBothYearOnly,
            _ => YearOffAgainstADate,
        };
    }

    /// <summary>1 January stands for an unknown day and month (the administrative birth date of undocumented persons).</summary>
    public static PartialDate YearOnlyIfFirstJanuary(PartialDate date) =>
        date is { Month: 1, Day: 1 } ? date with { Month = 0, Day = 0 } : date;
}
