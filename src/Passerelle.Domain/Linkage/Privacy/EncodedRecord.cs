namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>What a linker receives from an agency: an id, the agency (source) and the CLK, never a name.</summary>
public sealed record EncodedRecord(string Id, string Source, ulong[] Bits)
{
    public string ToBase64() => Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Bits.AsSpan()));

    public static bool TryParseBits(string base64, out ulong[] bits)
    {
        bits = new ulong[ClkSettings.Words];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(bits.AsSpan());
        return Convert.TryFromBase64String(base64.Trim(), bytes, out var written) && written == bytes.Length;
    }
}
