using System.Numerics;

namespace Passerelle.Domain.Linkage;

/// <summary>
/// A set of pair keys (<see cref="PairKey"/>, never negative) in one open-addressed array: 8 bytes a slot at a
/// load of at most three quarters, where a <see cref="HashSet{T}"/> of longs holds 20 bytes a slot and, while it
/// grows, its old and new arrays. Deduplicated estimation remembers about a fifth of the candidates (records
/// identical after standardisation are frequent): 23 M keys at a million records (docs/linkage.md, "Sixth pass").
/// </summary>
/// <remarks>
/// Keys are mixed multiplicatively: a long's own hash, its two halves XORed, gives the pairs of neighbouring record
/// indexes a handful of values, and the probes grow long.
/// </remarks>
internal sealed class PairKeySet
{
    private const long Empty = -1;

    private long[] slots;

    public PairKeySet(int capacity = 16)
    {
        slots = NewSlots((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity)));
    }

    public int Count { get; private set; }

    /// <summary>Adds the key; false when it was already in the set.</summary>
    public bool Add(long key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        if ((Count + 1L) * 4 > slots.Length * 3L)
        {
            Grow();
        }

        if (!Insert(slots, key))
        {
            return false;
        }

        Count++;
        return true;
    }

    public bool Contains(long key)
    {
        var mask = slots.Length - 1;
        for (var i = Slot(key, mask); ; i = (i + 1) & mask)
        {
            if (slots[i] == key)
            {
                return true;
            }

            if (slots[i] == Empty)
            {
                return false;
            }
        }
    }

    private void Grow()
    {
        var larger = NewSlots(slots.Length * 2);
        foreach (var key in slots)
        {
            if (key != Empty)
            {
                Insert(larger, key);
            }
        }

        slots = larger;
    }

    private static bool Insert(long[] slots, long key)
    {
        var mask = slots.Length - 1;
        for (var i = Slot(key, mask); ; i = (i + 1) & mask)
        {
            if (slots[i] == key)
            {
                return false;
            }

            if (slots[i] == Empty)
            {
                slots[i] = key;
                return true;
            }
        }
    }

    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private static long[] NewSlots(int length)
    {
        var slots = new long[length];
        Array.Fill(slots, Empty);
        return slots;
    }
}
