using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// All encodings of a run in one contiguous array (16 words each) with their bit counts, so a Dice coefficient
/// is 16 AND + POPCNT over adjacent memory and a division.
/// </summary>
public sealed class BloomFilterSet
{
    private readonly ulong[] words;
    private readonly int[] counts;

    public BloomFilterSet(IReadOnlyList<ulong[]> filters)
    {
        Count = filters.Count;
        words = new ulong[Count * ClkSettings.Words];
        counts = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            if (filters[i].Length != ClkSettings.Words)
            {
                throw new ArgumentException($"Encoding {i} has {filters[i].Length} words, not {ClkSettings.Words}.", nameof(filters));
            }

            filters[i].CopyTo(words, i * ClkSettings.Words);
            counts[i] = PopCount(Filter(i));
        }
    }

    public int Count { get; }

    public ReadOnlySpan<ulong> Filter(int index) => words.AsSpan(index * ClkSettings.Words, ClkSettings.Words);

    public int BitCount(int index) => counts[index];

    /// <summary>Dice coefficient 2|A∧B| / (|A| + |B|); 0 when both are empty.</summary>
    public double Dice(int left, int right)
    {
        var total = counts[left] + counts[right];
        return total == 0 ? 0 : 2.0 * AndCount(left, right) / total;
    }

    /// <summary>Bits set in both filters, unrolled over the 16 words (the JIT emits one POPCNT per word).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AndCount(int left, int right)
    {
        ref var a = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(words), left * ClkSettings.Words);
        ref var b = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(words), right * ClkSettings.Words);
        var sum = 0;
        for (var w = 0; w < ClkSettings.Words; w += 4)
        {
            sum += BitOperations.PopCount(Unsafe.Add(ref a, w) & Unsafe.Add(ref b, w))
                + BitOperations.PopCount(Unsafe.Add(ref a, w + 1) & Unsafe.Add(ref b, w + 1))
                + BitOperations.PopCount(Unsafe.Add(ref a, w + 2) & Unsafe.Add(ref b, w + 2))
                + BitOperations.PopCount(Unsafe.Add(ref a, w + 3) & Unsafe.Add(ref b, w + 3));
        }

        return sum;
    }

    /// <summary>Bit <paramref name="position"/> of filter <paramref name="index"/>.</summary>
    public bool Bit(int index, int position) =>
        (words[(index * ClkSettings.Words) + (position >> 6)] & (1UL << (position & 63))) != 0;

    public static int PopCount(ReadOnlySpan<ulong> filter)
    {
        var sum = 0;
        foreach (var word in filter)
        {
            sum += BitOperations.PopCount(word);
        }

        return sum;
    }
}
