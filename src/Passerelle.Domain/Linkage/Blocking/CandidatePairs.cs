namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>
/// Candidate pairs as record indexes (<c>Left &lt; Right</c>), in <see cref="PairKey"/> order (by left, then right),
/// with the number each pass found. <see cref="PassesOf"/>[i], when kept, has bit p set when pass p grouped pair i
/// (a pair is often grouped by several).
/// </summary>
/// <remarks>
/// Stored by left record (compressed rows): where each record's row starts, then the right index of every pair in
/// segments of 65,536 (4 bytes a pair, no per-pair object or hash entry, no doubling copy while it grows), so
/// that a million records' hundred million candidates fit in memory and a pair is found by binary search in its
/// row (<see cref="IndexOf"/>). Until December 2026 a <c>Dictionary&lt;long, int&gt;</c> (about 60 bytes a pair),
/// then sorted 8-byte keys with their pass bits (12 bytes a pair) held them.
/// </remarks>
public sealed class CandidatePairs
{
    private readonly long[] rowStart;
    private readonly SegmentedList<int> rights;
    private readonly SegmentedList<int>? passBits;

    internal CandidatePairs(long[] rowStart, SegmentedList<int> rights, SegmentedList<int>? passBits, IReadOnlyList<PassCount> passes)
    {
        if (rights.Count > int.MaxValue)
        {
            throw new InvalidOperationException("More than 2³¹ candidate pairs: split the population (blocks are independent).");
        }

        this.rowStart = rowStart;
        this.rights = rights;
        this.passBits = passBits;
        Passes = passes;
        Pairs = new PairView(this);
    }

    public IReadOnlyList<(int Left, int Right)> Pairs { get; }

    public IReadOnlyList<PassCount> Passes { get; }

    /// <summary>
    /// The passes that grouped each pair (bit p for pass p), or null when they were not kept: the engine uses them
    /// for estimation chunk by chunk and keeps only the pairs (see <see cref="MultiPassBlocker.Block"/>).
    /// </summary>
    public IReadOnlyList<int>? PassesOf => passBits is null ? null : new SegmentView(passBits);

    /// <summary>Number of candidate pairs.</summary>
    public int Count => (int)rights.Count;

    /// <summary>The index of the pair of records <paramref name="a"/> and <paramref name="b"/> (either order), or −1.</summary>
    public int IndexOf(int a, int b)
    {
        var (left, right) = a < b ? (a, b) : (b, a);
        if (left < 0 || right >= rowStart.Length - 1)
        {
            return -1;
        }

        var (low, high) = (rowStart[left], rowStart[left + 1] - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var value = rights[middle];
            if (value == right)
            {
                return (int)middle;
            }

            (low, high) = value < right ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    public (int Left, int Right) this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            // The last row starting at or before the index that is not empty.
            var (low, high) = (0, rowStart.Length - 2);
            while (low < high)
            {
                var middle = low + ((high - low + 1) / 2);
                (low, high) = rowStart[middle] <= index ? (middle, high) : (low, middle - 1);
            }

            return (low, rights[index]);
        }
    }

    private IEnumerable<(int Left, int Right)> Enumerate()
    {
        for (var left = 0; left < rowStart.Length - 1; left++)
        {
            for (var i = rowStart[left]; i < rowStart[left + 1]; i++)
            {
                yield return (left, rights[i]);
            }
        }
    }

    private sealed class PairView(CandidatePairs pairs) : IReadOnlyList<(int Left, int Right)>
    {
        public (int Left, int Right) this[int index] => pairs[index];

        public int Count => pairs.Count;

        public IEnumerator<(int Left, int Right)> GetEnumerator() => pairs.Enumerate().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class SegmentView(SegmentedList<int> values) : IReadOnlyList<int>
    {
        public int this[int index] => values[index];

        public int Count => (int)values.Count;

        public IEnumerator<int> GetEnumerator()
        {
            for (long i = 0; i < values.Count; i++)
            {
                yield return values[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

public sealed record PassCount(string Name, long PairsFound, int OversizedBlocksSkipped)
{
    /// <summary>Blocks above the split size that were compared by birth year instead of as a whole.</summary>
    public int BlocksSplit { get; init; }
}

/// <summary>
/// An append-only list in fixed segments of 2¹⁶ values: it grows without the doubling copy of a
/// <see cref="List{T}"/> (which holds up to three times the data while it copies) and without one huge array.
/// </summary>
internal sealed class SegmentedList<T>
    where T : struct
{
    private const int Shift = 16;
    private const int Mask = (1 << Shift) - 1;
    private readonly List<T[]> segments = [];

    public long Count { get; private set; }

    public T this[long index]
    {
        get => segments[(int)(index >> Shift)][index & Mask];
        set => segments[(int)(index >> Shift)][index & Mask] = value;
    }

    public void Add(T value)
    {
        if ((Count & Mask) == 0)
        {
            segments.Add(new T[1 << Shift]);
        }

        segments[^1][Count & Mask] = value;
        Count++;
    }
}
