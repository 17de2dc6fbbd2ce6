using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// A comparison vector packed four bits per field into a ulong (levels are below 15; 15 means missing), so that
/// identical vectors can be counted once: EM then runs over a few hundred patterns instead of every pair.
/// </summary>
public static class PackedLevels
{
    private const ulong MissingNibble = 0xF;

    public static ulong Pack(ReadOnlySpan<byte> levels)
    {
        ulong packed = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            var nibble = levels[i] == ComparisonLevel.Missing ? MissingNibble : levels[i];
            packed |= nibble << (4 * i);
        }

        return packed;
    }

    public static byte Level(ulong packed, int field)
    {
        var nibble = (packed >> (4 * field)) & 0xF;
        return nibble == MissingNibble ? ComparisonLevel.Missing : (byte)nibble;
    }
}
