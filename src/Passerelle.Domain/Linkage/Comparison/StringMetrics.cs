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

    /// <summary>Insertions, deletions, substitutions and transpositions of adjacent characters.</summary>
    public static int DamerauLevenshtein(string left, string right) =>
        string.Equals(left, right, StringComparison.Ordinal) ? 0 : (int)DamerauLevenshteinMetric.Distance(left, right);
}
