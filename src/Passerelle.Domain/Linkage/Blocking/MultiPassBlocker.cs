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
    /// <summary>Receives one chunk of candidate pairs: their keys, sorted, each once, and the passes that found each.</summary>
    public delegate void ChunkHandler(ReadOnlySpan<long> keys, ReadOnlySpan<int> passBits);

    /// <summary>
    /// The candidate pairs, generated chunk by chunk of left records so that at most about
    /// <paramref name="pairsPerChunk"/> pairs are sorted and merged at once; each chunk is handed to
    /// <paramref name="onChunk"/> (in <see cref="PairKey"/> order across chunks) before it is stored.
    /// </summary>
    /// <param name="keepPasses">Keep which passes found each pair in the result (4 bytes a pair).</param>
    /// <remarks>
    /// Chunks change nothing in the pairs: a pair belongs to the chunk of its smaller record index, and every pass
    /// contributes to every chunk. The blocks of each pass are built once (record indexes, ascending); a chunk takes
    /// from each block only the pairs whose smaller index falls in its range, found by binary search.
    /// </remarks>
    public CandidatePairs Block(
        IReadOnlyList<StandardisedRecord> records, LinkageMode mode, long pairsPerChunk = long.MaxValue,
        bool keepPasses = true, ChunkHandler? onChunk = null)
    {
        if (passes.Count > 31)
        {
            throw new InvalidOperationException("At most 31 blocking passes.");
        }

        var plans = new List<Work>[passes.Count];
        var counts = new long[passes.Count];
        var (skipped, split) = (new int[passes.Count], new int[passes.Count]);
        long estimate = 0;
        for (var p = 0; p < passes.Count; p++)
        {
            plans[p] = Plan(records, passes[p], out skipped[p], out split[p]);
            foreach (var work in plans[p])
            {
                estimate += work.Same ? (long)work.Left.Length * (work.Left.Length - 1) / 2 : (long)work.Left.Length * work.Right.Length;
            }
        }

        // The estimate counts a pair once per pass that finds it: chunks come out smaller than asked, never larger.
        var chunks = Math.Max(1, Math.Min(records.Count, 1 + (estimate / Math.Max(1, pairsPerChunk))));
        var chunkRecords = (int)((records.Count + chunks - 1) / chunks);
        var rowStart = new long[records.Count + 1];
        var rights = new SegmentedList<int>();
        var bitsKept = keepPasses ? new SegmentedList<int>() : null;
        var found = new List<long>();
        for (var low = 0; low < records.Count; low += chunkRecords)
        {
            var high = (int)Math.Min(records.Count, (long)low + chunkRecords);
            long[] keys = [];
            int[] bits = [];
            for (var p = 0; p < passes.Count; p++)
            {
                found.Clear();
                foreach (var work in plans[p])
                {
                    Generate(work, low, high);
                }

                counts[p] += found.Count;
                (keys, bits) = Merge(keys, bits, SortedDistinct(found), 1 << p);
            }

            onChunk?.Invoke(keys, bits);
            var k = 0;
            for (var left = low; left < high; left++)
            {
                rowStart[left] = rights.Count;
                for (; k < keys.Length && PairKey.Split(keys[k]).Left == left; k++)
                {
                    rights.Add(PairKey.Split(keys[k]).Right);
                    bitsKept?.Add(bits[k]);
                }
            }
        }

        rowStart[records.Count] = rights.Count;
        var passCounts = passes.Select((pass, p) => new PassCount(pass.Name, counts[p], skipped[p]) { BlocksSplit = split[p] }).ToList();
        return new CandidatePairs(rowStart, rights, bitsKept, passCounts);

        // The pairs of a work item whose smaller record index lies in [low, high).
        void Generate(Work work, int low, int high)
        {
            var (a, b) = (work.Left, work.Right);
            if (work.Same)
            {
                if (a[0] >= high || a[^2] < low)
                {
                    return;
                }

                for (var i = LowerBound(a, low); i < a.Length - 1 && a[i] < high; i++)
                {
                    for (var j = i + 1; j < a.Length; j++)
                    {
                        Add(a[i], a[j]);
                    }
                }

                return;
            }

            Cross(a, b, low, high);
            Cross(b, a, low, high);
        }

        // Pairs (x, y), x of "smaller" in [low, high), y of "other" above x.
        void Cross(int[] smaller, int[] other, int low, int high)
        {
            if (smaller[0] >= high || smaller[^1] < low || other[^1] < low)
            {
                return;
            }

            for (var i = LowerBound(smaller, low); i < smaller.Length && smaller[i] < high; i++)
            {
                for (var j = LowerBound(other, smaller[i] + 1); j < other.Length; j++)
                {
                    Add(smaller[i], other[j]);
                }
            }
        }

        void Add(int x, int y)
        {
            if (mode != LinkageMode.AcrossSources || records[x].Source != records[y].Source)
            {
                found.Add(PairKey.Of(x, y));
            }
        }
    }

    /// <summary>Two lists of record indexes (ascending) to pair: a list with itself, or two disjoint lists across.</summary>
    private readonly record struct Work(int[] Left, int[] Right, bool Same);

    private static int LowerBound(int[] values, int value)
    {
        var index = Array.BinarySearch(values, value);
        return index < 0 ? ~index : index;
    }

    /// <summary>The blocks of one pass as work items: whole blocks, or split ones by birth-year windows.</summary>
    private List<Work> Plan(IReadOnlyList<StandardisedRecord> records, BlockingPass pass, out int skipped, out int split)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var key in pass.Keys(records[i]))
            {
                if (!blocks.TryGetValue(key, out var members))
                {
                    blocks[key] = members = [];
                }

                members.Add(i);
            }
        }

        var works = new List<Work>();
        (skipped, split) = (0, 0);
        var max = Math.Min(maxBlockSize, pass.MaxBlockSize ?? int.MaxValue);
        foreach (var members in blocks.Values)
        {
            if (members.Count <= splitBlockSize && members.Count <= max)
            {
                Whole(members);
            }
            else
            {
                split++;
                skipped += ByBirthYear(members);
            }
        }

        return works;

        void Whole(List<int> members)
        {
            if (members.Count > 1)
            {
                var array = members.ToArray();
                works.Add(new Work(array, array, Same: true));
            }
        }

        void Across(List<int> left, List<int> right)
        {
            if (left.Count > 0 && right.Count > 0)
            {
                works.Add(new Work([.. left], [.. right], Same: false));
            }
        }

        // Returns the number of windows skipped as too large.
        int ByBirthYear(List<int> members)
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

            var skippedWindows = 0;
            foreach (var (year, list) in byYear)
            {
                var next = byYear.TryGetValue(year + 1, out var following) ? following : null;
                if (list.Count + (next?.Count ?? 0) > max)
                {
                    skippedWindows++;
                    continue;
                }

                Whole(list);
                if (next is not null)
                {
                    Across(list, next);
                }
            }

            if (unknown.Count > 0 && members.Count <= max)
            {
                Whole(unknown);
                foreach (var list in byYear.Values)
                {
                    Across(unknown, list);
                }
            }
            else if (unknown.Count > 0)
            {
                skippedWindows++;
            }

            return skippedWindows;
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
