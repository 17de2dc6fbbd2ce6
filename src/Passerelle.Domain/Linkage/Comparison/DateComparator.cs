using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>
/// Compares birth dates in levels: 5 exact, 4 day and month swapped, 3 one digit wrong (a typo),
/// 2 year one apart with the same day and month, 1 same year only (a side knows only the year, or day and month
/// differ), 0 different.
/// </summary>
public static class DateComparator
{
    public static readonly string[] LevelNames =
        ["different", "same year only", "year ± 1", "one digit", "day/month swapped", "exact"];

    public static byte Compare(PartialDate? left, PartialDate? right)
    {
        if (left is not { } a || right is not { } b)
        {
            return ComparisonLevel.Missing;
        }

        if (a.HasMonthAndDay && b.HasMonthAndDay)
        {
            if (a == b)
            {
                return 5;
            }

            if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
            {
                return 4;
            }

            if (StringMetrics.DamerauLevenshtein(a.ToString(), b.ToString()) == 1)
            {
                return 3;
            }

            if (Math.Abs(a.Year - b.Year) == 1 && a.Month == b.Month && a.Day == b.Day)
            {
                return 2;
            }
        }
        return a.Year == b.Year ? (byte)1 : (byte)0;
    }
}
