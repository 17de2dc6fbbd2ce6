namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>
/// Candidate pairs as record indexes (<c>Left &lt; Right</c>), with the number each pass found.
/// <see cref="PassesOf"/>[i] has bit p set when pass p grouped pair i (a pair is often grouped by several).
/// </summary>
/// <remarks>
/// Stored as two parallel arrays sorted by <see cref="PairKey"/> (8 + 4 bytes a pair, no per-pair object or hash
/// entry), so that a million records' tens of millions of candidates fit in memory and a pair is found by binary
/// search (<see cref="IndexOf"/>). Until December 2026 a <c>Dictionary&lt;long, int&gt;</c> and a list of tuples held
/// them (about 60 bytes a pair).
/// </remarks>
public sealed class CandidatePairs
{
    private readonly long[] keys;
    private readonly int[] passBits;

    /// <param name="keys">Pair keys (<see cref="PairKey.Of"/>), sorted ascending, each once.</param>
    /// <param name="passBits">For each key, the passes that grouped it (bit p for pass p).</param>
    public CandidatePairs(long[] keys, int[] passBits, IReadOnlyList<PassCount> passes)
    {
        if (keys.Length != passBits.Length)
        {
            throw new ArgumentException("One set of pass bits per pair.", nameof(passBits));
        }

        this.keys = keys;
        this.passBits = passBits;
        Passes = passes;
        Pairs = new PairView(keys);
    }

    public IReadOnlyList<(int Left, int Right)> Pairs { get; }

    public IReadOnlyList<PassCount> Passes { get; }

    public IReadOnlyList<int> PassesOf => passBits;

    /// <summary>Number of candidate pairs.</summary>
    public int Count => keys.Length;

    /// <summary>The index of the pair of records <paramref name="a"/> and <paramref name="b"/> (either order), or −1.</summary>
    public int IndexOf(int a, int b)
    {
        var index = Array.BinarySearch(keys, PairKey.Of(a, b));
        return index < 0 ? -1 : index;
    }

    public (int Left, int Right) this[int index] => PairKey.Split(keys[index]);

    private sealed class PairView(long[] keys) : IReadOnlyList<(int Left, int Right)>
    {
        public (int Left, int Right) this[int index] => PairKey.Split(keys[index]);

        public int Count => keys.Length;

        public IEnumerator<(int Left, int Right)> GetEnumerator()
        {
            foreach (var key in keys)
            {
                yield return PairKey.Split(key);
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
