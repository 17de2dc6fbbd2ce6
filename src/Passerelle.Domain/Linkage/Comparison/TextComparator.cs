namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>Addresses and cities in levels: 3 exact, 2 Jaro–Winkler ≥ 0.94, 1 Jaro–Winkler ≥ 0.85, 0 different.</summary>
public static class TextComparator
{
    public static readonly string[] LevelNames = ["different", "JW ≥ 0.85", "JW ≥ 0.94", "exact"];

    public static byte Compare(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return ComparisonLevel.Missing;
        }

        if (left == right)
        {
            return 3;
        }

        return StringMetrics.JaroWinkler(left, right) switch
        {
            >= 0.94 => 2,
            >= 0.85 => 1,
            _ => 0,
        };
    }
}
