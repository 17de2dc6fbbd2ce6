using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Estimates u from random pairs: almost every random pair is two different persons, so the frequency of each
/// level among them is P(level | non-match) without the bias of blocking (blocked pairs agree on their keys).
/// </summary>
public static class RandomPairSampler
{
    public static double[][] EstimateU(
        IReadOnlyList<StandardisedRecord> records, RecordComparator comparator, LinkageMode mode, int sampleSize, int seed)
    {
        var schema = comparator.Schema;
        var counts = Enumerable.Range(0, schema.Fields.Count).Select(f => new double[schema.LevelCount(f)]).ToArray();
        var random = new Random(seed);
        Span<byte> levels = stackalloc byte[schema.Fields.Count];
        var sampled = 0;
        for (var attempt = 0; sampled < sampleSize && attempt < sampleSize * 20 && records.Count > 1; attempt++)
        {
            var left = random.Next(records.Count);
            var right = random.Next(records.Count);
            if (left == right || (mode == LinkageMode.AcrossSources && records[left].Source == records[right].Source))
            {
                continue;
            }

            comparator.Compare(records[left], records[right], levels);
            for (var f = 0; f < levels.Length; f++)
            {
                if (levels[f] != ComparisonLevel.Missing)
                {
                    counts[f][levels[f]]++;
                }
            }

            sampled++;
        }

        foreach (var fieldCounts in counts)
        {
            // Add-one smoothing: a level never seen among random pairs is rare, not impossible.
            for (var l = 0; l < fieldCounts.Length; l++)
            {
                fieldCounts[l] += 1;
            }

            MatchParameters.Normalise(fieldCounts);
        }

        return counts;
    }
}
