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
        var seen = new HashSet<long>();
        var pairs = new List<(int, int)>();
        var counts = new List<PassCount>();
        foreach (var pass in passes)
        {
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
                        if (seen.Add(PairKey.Of(left, right)))
                        {
                            pairs.Add((left, right));
                        }
                    }
                }
            }

            counts.Add(new PassCount(pass.Name, found, skipped));
        }

        return new CandidatePairs(pairs, counts);
    }
}
