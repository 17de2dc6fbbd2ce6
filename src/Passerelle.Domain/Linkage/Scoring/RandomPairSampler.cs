using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>u per field, and u of the fields that depend on the given name when given names agree.</summary>
public sealed record RandomPairU(double[][] U, ConditionalU? Conditional);

/// <summary>
/// Estimates u from random pairs: almost every random pair is two different persons, so the frequency of each
/// level among them is P(level | non-match) without the bias of blocking (blocked pairs agree on their keys).
/// A population with fewer possible pairs than the sample size is compared in full.
/// </summary>
public static class RandomPairSampler
{
    // A given name agreeing at least this closely (Jaro–Winkler ≥ 0.94) tells the sex and the origin.
    private const byte GivenNameAgrees = 3;

    private static readonly LinkageField[] DependOnGivenName = [LinkageField.Sex, LinkageField.Nationality];

    public static RandomPairU Estimate(
        IReadOnlyList<StandardisedRecord> records, RecordComparator comparator, LinkageMode mode, int sampleSize, int seed)
    {
        var schema = comparator.Schema;
        var counts = NewCounts(schema);
        var whenGivenAgrees = NewCounts(schema);
        var given = IndexOf(schema, LinkageField.GivenName);
        var levels = new byte[schema.Fields.Count];
        foreach (var (left, right) in Pairs(records, mode, sampleSize, seed))
        {
            comparator.Compare(records[left], records[right], levels);
            var givenAgrees = given >= 0 && levels[given] != ComparisonLevel.Missing && levels[given] >= GivenNameAgrees;
            for (var f = 0; f < levels.Length; f++)
            {
                if (levels[f] != ComparisonLevel.Missing)
                {
                    counts[f][levels[f]]++;
                    if (givenAgrees)
                    {
                        whenGivenAgrees[f][levels[f]]++;
                    }
                }
            }
        }

        var u = counts.Select(c => Smoothed(c, prior: null)).ToArray();
        if (given < 0)
        {
            return new RandomPairU(u, null);
        }

        var conditional = schema.Fields
            .Select((field, f) => DependOnGivenName.Contains(field) ? Smoothed(whenGivenAgrees[f], u[f]) : null)
            .ToArray();
        return new RandomPairU(u, conditional.Any(c => c is not null) ? new ConditionalU(given, GivenNameAgrees, conditional) : null);
    }

    /// <summary>All pairs that could be one person: every pair, or only pairs across sources.</summary>
    public static long PossiblePairs(IReadOnlyList<StandardisedRecord> records, LinkageMode mode)
    {
        long n = records.Count;
        if (mode == LinkageMode.Deduplicate)
        {
            return n * (n - 1) / 2;
        }

        var sameSource = records.GroupBy(r => r.Source).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        return (n * (n - 1) / 2) - sameSource;
    }

    private static IEnumerable<(int Left, int Right)> Pairs(
        IReadOnlyList<StandardisedRecord> records, LinkageMode mode, int sampleSize, int seed)
    {
        bool Eligible(int left, int right) =>
            left != right && (mode != LinkageMode.AcrossSources || records[left].Source != records[right].Source);

        if (PossiblePairs(records, mode) <= sampleSize)
        {
            for (var left = 0; left < records.Count; left++)
            {
                for (var right = left + 1; right < records.Count; right++)
                {
                    if (Eligible(left, right))
                    {
                        yield return (left, right);
                    }
                }
            }

            yield break;
        }

        var random = new Random(seed);
        var sampled = 0;
        for (var attempt = 0; sampled < sampleSize && attempt < sampleSize * 20; attempt++)
        {
            var left = random.Next(records.Count);
            var right = random.Next(records.Count);
            if (Eligible(left, right))
            {
                sampled++;
                yield return (left, right);
            }
        }
    }

    // Add-one smoothing (or as many pseudo-pairs as levels, spread like the prior): a level never seen among
    // random pairs is rare, not impossible.
    private static double[] Smoothed(double[] counts, double[]? prior)
    {
        var smoothed = counts.Select((c, l) => c + (prior is null ? 1 : counts.Length * prior[l])).ToArray();
        MatchParameters.Normalise(smoothed);
        return smoothed;
    }

    private static double[][] NewCounts(ComparisonSchema schema) =>
        [.. Enumerable.Range(0, schema.Fields.Count).Select(f => new double[schema.LevelCount(f)])];

    private static int IndexOf(ComparisonSchema schema, LinkageField field)
    {
        for (var f = 0; f < schema.Fields.Count; f++)
        {
            if (schema.Fields[f] == field)
            {
                return f;
            }
        }

        return -1;
    }
}
