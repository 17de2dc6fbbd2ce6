namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>Codes and numbers in levels: 2 equal, 1 one edit apart (Damerau–Levenshtein 1), 0 different.</summary>
public static class ExactComparator
{
    public static readonly string[] LevelNames = ["different", "one edit", "exact"];

    public static readonly string[] TwoLevelNames = ["different", "exact"];

    public static byte CompareWithTypos(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return ComparisonLevel.Missing;
        }

        if (left == right)
        {
            return 2;
        }

        return StringMetrics.DamerauLevenshtein(left, right) == 1 ? (byte)1 : (byte)0;
    }

    /// <summary>Levels 1 equal, 0 different (sex, nationality).</summary>
    public static byte CompareExactly(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return ComparisonLevel.Missing;
        }

        return left == right ? (byte)1 : (byte)0;
    }
}
