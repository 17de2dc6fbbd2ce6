using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>
/// Runs the blocking passes and merges their pairs. In <see cref="LinkageMode.AcrossSources"/> only records of
/// different sources pair. Blocks larger than <paramref name="maxBlockSize"/> are skipped (and counted): such a
/// key is too common to separate persons and would cost quadratic time; other passes still reach those pairs.
/// </summary>
public sealed class MultiPassBlocker(IReadOnlyList<BlockingPass> passes, int maxBlockSize = 500)
{
    public CandidatePairs Block(IReadOnlyList<StandardisedRecord> records, LinkageMode mode)
    {
        if (passes.Count > 31)
        {
            throw new InvalidOperationException("At most 31 blocking passes.");
        }

        var indexOf = new Dictionary<long, int>();
        var pairs = new List<(int, int)>();
        var passesOf = new List<int>();
        var counts = new List<PassCount>();
        for (var p = 0; p < passes.Count; p++)
        {
            var pass = passes[p];
            var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < records.Count; i++)
            {
                if (pass.Key(records[i]) is { } key)
                {
                    if (!blocks.TryGetValue(key, out var members))
                    {
                        blocks[key] = members = [];
                    }

                    members.Add(i);
                }
            }

            long found = 0;
            var skipped = 0;
            foreach (var members in blocks.Values)
            {
                if (members.Count > maxBlockSize)
                {
                    skipped++;
                    continue;
                }

                for (var a = 0; a < members.Count; a++)
                {
                    for (var b = a + 1; b < members.Count; b++)
                    {
                        var (left, right) = (members[a], members[b]);
                        if (mode == LinkageMode.AcrossSources && records[left].Source == records[right].Source)
                        {
                            continue;
                        }

                        found++;
                        if (indexOf.TryGetValue(PairKey.Of(left, right), out var index))
                        {
                            passesOf[index] |= 1 << p;
                        }
                        else
                        {
                            indexOf[PairKey.Of(left, right)] = pairs.Count;
                            pairs.Add((left, right));
                            passesOf.Add(1 << p);
                        }
                    }
                }
            }

            counts.Add(new PassCount(pass.Name, found, skipped));
        }

        return new CandidatePairs(pairs, counts, passesOf);
    }
}
