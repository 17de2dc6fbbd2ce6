using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>
/// Runs the blocking passes and merges their pairs. In <see cref="LinkageMode.AcrossSources"/> only records of
/// different sources pair.
/// </summary>
/// <remarks>
/// <para><b>Common keys are split, not compared whole.</b> A block larger than <paramref name="splitBlockSize"/>
/// (a common name: "Nguyen", "Mohamed + B" in a national population) is compared by birth year instead: two of
/// its records pair when their birth years are at most one apart (<see cref="BlockSplit.Compatible"/>); a record
/// with no birth year pairs with every record of the block while the block holds at most
/// <paramref name="maxBlockSize"/> records. A year window larger than <paramref name="maxBlockSize"/> is skipped
/// and counted, as a whole block was before December 2026: such a key separates no one and would cost quadratic
/// time; other passes (full birth date, given name + day and month) still reach those pairs. Pairs grow with the
/// records instead of with their square: blocks of common names held most of the 7 M pairs at 100,000 records.</para>
/// <para><b>Pairs in sorted arrays.</b> Each pass's pairs are collected as keys, sorted, deduplicated and merged
/// into the sorted pairs of the passes before it (<see cref="CandidatePairs"/>): no hash entry per pair.</para>
/// </remarks>
public sealed class MultiPassBlocker(IReadOnlyList<BlockingPass> passes, int maxBlockSize = 500, int splitBlockSize = int.MaxValue)
{
    public CandidatePairs Block(IReadOnlyList<StandardisedRecord> records, LinkageMode mode)
    {
        if (passes.Count > 31)
        {
            throw new InvalidOperationException("At most 31 blocking passes.");
        }

        long[] keys = [];
        int[] bits = [];
        var counts = new List<PassCount>();
        var found = new List<long>();
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

            found.Clear();
            var (skipped, split) = (0, 0);
            var max = Math.Min(maxBlockSize, pass.MaxBlockSize ?? int.MaxValue);
            foreach (var members in blocks.Values)
            {
                if (members.Count <= splitBlockSize && members.Count <= max)
                {
                    AllPairs(members, members, same: true);
                }
                else
                {
                    split++;
                    skipped += ByBirthYear(members, max);
                }
            }

            var passKeys = SortedDistinct(found);
            counts.Add(new PassCount(pass.Name, found.Count, skipped) { BlocksSplit = split });
            (keys, bits) = Merge(keys, bits, passKeys, 1 << p);
        }

        return new CandidatePairs(keys, bits, counts);

        void AllPairs(List<int> left, List<int> right, bool same)
        {
            for (var a = 0; a < left.Count; a++)
            {
                for (var b = same ? a + 1 : 0; b < right.Count; b++)
                {
                    var (x, y) = (left[a], right[b]);
                    if (mode != LinkageMode.AcrossSources || records[x].Source != records[y].Source)
                    {
                        found.Add(PairKey.Of(x, y));
                    }
                }
            }
        }

        // Returns the number of windows skipped as too large.
        int ByBirthYear(List<int> members, int max)
        {
            var byYear = new SortedDictionary<int, List<int>>();
            var unknown = new List<int>();
            foreach (var i in members)
            {
                if (records[i].BirthDate is { } date)
                {
                    if (!byYear.TryGetValue(date.Year, out var list))
                    {
                        byYear[date.Year] = list = [];
                    }

                    list.Add(i);
                }
                else
                {
                    unknown.Add(i);
                }
            }

            var skipped = 0;
            foreach (var (year, list) in byYear)
            {
                var next = byYear.TryGetValue(year + 1, out var following) ? following : null;
                if (list.Count + (next?.Count ?? 0) > max)
                {
                    skipped++;
                    continue;
                }

                AllPairs(list, list, same: true);
                if (next is not null)
                {
                    AllPairs(list, next, same: false);
                }
            }

            if (unknown.Count > 0 && members.Count <= max)
            {
                AllPairs(unknown, unknown, same: true);
                foreach (var list in byYear.Values)
                {
                    AllPairs(unknown, list, same: false);
                }
            }
            else if (unknown.Count > 0)
            {
                skipped++;
            }

            return skipped;
        }
    }

    // Sorted in the pass's own buffer (no copy of every pair found), then the distinct keys copied out once.
    private static long[] SortedDistinct(List<long> found)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found);
        span.Sort();
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (count == 0 || span[i] != span[count - 1])
            {
                span[count++] = span[i];
            }
        }

        return span[..count].ToArray();
    }

    private static (long[] Keys, int[] Bits) Merge(long[] keys, int[] bits, long[] added, int bit)
    {
        var count = 0;
        for (int i = 0, j = 0; i < keys.Length || j < added.Length; count++)
        {
            if (j == added.Length || (i < keys.Length && keys[i] < added[j]))
            {
                i++;
            }
            else if (i == keys.Length || added[j] < keys[i])
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        var (mergedKeys, mergedBits) = (new long[count], new int[count]);
        for (int i = 0, j = 0, k = 0; k < count; k++)
        {
            if (j == added.Length || (i < keys.Length && keys[i] < added[j]))
            {
                (mergedKeys[k], mergedBits[k]) = (keys[i], bits[i]);
                i++;
            }
            else if (i == keys.Length || added[j] < keys[i])
            {
                (mergedKeys[k], mergedBits[k]) = (added[j], bit);
                j++;
            }
            else
            {
                (mergedKeys[k], mergedBits[k]) = (keys[i], bits[i] | bit);
                i++;
                j++;
            }
        }

        return (mergedKeys, mergedBits);
    }
}

/// <summary>How a block too large to compare whole is compared (see <see cref="MultiPassBlocker"/>).</summary>
public static class BlockSplit
{
    /// <summary>Two records of a split block pair when either birth year is unknown or they are at most one apart.</summary>
    public static bool Compatible(PartialDate? left, PartialDate? right) =>
        left is not { } a || right is not { } b || Math.Abs(a.Year - b.Year) <= 1;
}
