namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// Blocking on encodings only (Hamming locality-sensitive hashing): each of <c>tables</c> passes keys a record by
/// <c>bitsPerKey</c> fixed bit positions of its CLK. Two encodings that differ in h of 1024 bits share a key with
/// probability (1 − h/1024)^bitsPerKey, so similar encodings meet in some pass and dissimilar ones rarely do.
/// Positions come from a public seed: they reveal nothing, as the bits are keyed hashes. Blocks above
/// <c>maxBlockSize</c> (sparse encodings sharing zeros) are skipped; other tables still reach their pairs.
/// </summary>
public sealed class HammingLshBlocker(int tables = 150, int bitsPerKey = 15, int seed = 1024, int maxBlockSize = 200)
{
    public IReadOnlyList<(int Left, int Right)> Block(BloomFilterSet filters, IReadOnlyList<string> sources, LinkageMode mode)
    {
        var sourceIds = SourceIds(sources);
        var random = new Random(seed);
        var positions = Enumerable.Range(0, tables)
            .Select(_ => Enumerable.Range(0, bitsPerKey).Select(_ => random.Next(ClkSettings.Bits)).ToArray())
            .ToArray();
        var found = new List<long>[tables];
        Parallel.For(0, tables, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            t => found[t] = PairsOfTable(filters, sourceIds, mode, positions[t]));

        var all = new long[found.Sum(f => f.Count)];
        var offset = 0;
        foreach (var list in found)
        {
            list.CopyTo(all, offset);
            offset += list.Count;
        }

        Array.Sort(all);
        var pairs = new List<(int, int)>();
        for (var i = 0; i < all.Length; i++)
        {
            if (i == 0 || all[i] != all[i - 1])
            {
                pairs.Add(((int)(all[i] >> 32), (int)(uint)all[i]));
            }
        }

        return pairs;
    }

    private List<long> PairsOfTable(BloomFilterSet filters, int[] sourceIds, LinkageMode mode, int[] positions)
    {
        var count = filters.Count;
        var keys = new ulong[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            ulong key = 0;
            foreach (var position in positions)
            {
                key = (key << 1) | (filters.Bit(i, position) ? 1UL : 0UL);
            }

            keys[i] = key;
            order[i] = i;
        }

        Array.Sort(keys, order);
        var pairs = new List<long>();
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start <= maxBlockSize)
            {
                for (var a = start; a < end; a++)
                {
                    for (var b = a + 1; b < end; b++)
                    {
                        if (mode == LinkageMode.Deduplicate || sourceIds[order[a]] != sourceIds[order[b]])
                        {
                            pairs.Add(PairKey.Of(order[a], order[b]));
                        }
                    }
                }
            }

            start = end;
        }

        return pairs;
    }

    private static int[] SourceIds(IReadOnlyList<string> sources)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return sources.Select(s => ids.TryGetValue(s, out var id) ? id : ids[s] = ids.Count).ToArray();
    }
}
