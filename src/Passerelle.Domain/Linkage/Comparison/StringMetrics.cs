using F23.StringSimilarity;

namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>
/// Jaro–Winkler and Damerau–Levenshtein from F23.StringSimilarity (MIT, a maintained port of
/// java-string-similarity, last release December 2025) rather than hand-written metrics.
/// Damerau–Levenshtein is its optimal-string-alignment variant (adjacent transpositions, each substring
/// edited once), the usual one in record linkage.
/// </summary>
public static class StringMetrics
{
    private static readonly JaroWinkler JaroWinklerMetric = new();
    private static readonly OptimalStringAlignment DamerauLevenshteinMetric = new();

    /// <summary>1 for equal strings, 0 when nothing matches; the Winkler prefix bonus applies above 0.7.</summary>
    public static double JaroWinkler(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == right.Length ? 1 : 0;
        }

        return string.Equals(left, right, StringComparison.Ordinal) ? 1 : JaroWinklerMetric.Similarity(left, right);
    }

    /// <summary>
    /// Whether two different strings are one edit apart (Damerau–Levenshtein 1): written here in one pass because
    /// every candidate pair's names ask it, where the library fills a matrix (8 × the comparison time at 5,000).
    /// </summary>
    public static bool OneEditApart(string left, string right)
    {
        if (Math.Abs(left.Length - right.Length) > 1 || string.Equals(left, right, StringComparison.Ordinal))
        {
            return false;
        }

        var longer = (left.Length >= right.Length ? left : right).AsSpan();
        var shorter = (left.Length >= right.Length ? right : left).AsSpan();
        var i = longer.CommonPrefixLength(shorter);
        if (longer.Length != shorter.Length)
        {
            return longer[(i + 1)..].SequenceEqual(shorter[i..]);
        }

        return longer[(i + 1)..].SequenceEqual(shorter[(i + 1)..])
            || (i + 1 < longer.Length && longer[i] == shorter[i + 1] && longer[i + 1] == shorter[i] && longer[(i + 2)..].SequenceEqual(shorter[(i + 2)..]));
    }

    /// <summary>Insertions, deletions, substitutions and transpositions of adjacent characters.</summary>
    public static int DamerauLevenshtein(string left, string right) =>
        string.Equals(left, right, StringComparison.Ordinal) ? 0 : (int)DamerauLevenshteinMetric.Distance(left, right);
}
