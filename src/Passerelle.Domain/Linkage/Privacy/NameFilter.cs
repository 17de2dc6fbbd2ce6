using System.Numerics;

namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>The Bloom filter of one encoded name (<see cref="Bits"/> bits), compared by Dice.</summary>
public static class NameFilter
{
    public const int Bits = 512;

    public const int Words = Bits / 64;

    /// <summary>Bits each padded bigram sets (random hashing, <see cref="FieldEncoder"/>).</summary>
    public const int HashesPerGram = 10;

    /// <summary>Dice coefficient 2|A∧B| / (|A| + |B|); 0 when both are empty.</summary>
    public static double Dice(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right)
    {
        int both = 0, total = 0;
        for (var w = 0; w < left.Length; w++)
        {
            both += BitOperations.PopCount(left[w] & right[w]);
            total += BitOperations.PopCount(left[w]) + BitOperations.PopCount(right[w]);
        }

        return total == 0 ? 0 : 2.0 * both / total;
    }
}
