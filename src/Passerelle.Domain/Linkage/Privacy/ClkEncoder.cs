using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// Encodes a person record as a cryptographic long-term key (CLK, Schnell et al. 2011): a 1024-bit Bloom filter
/// in which every bigram of every standardised field sets <c>k</c> bits chosen by keyed double hashing,
/// position_i = (h1 + i·h2) mod 1024 with h1, h2 taken from HMAC-SHA256 under the field's own key.
/// Values are standardised exactly as for plain linkage, so transliteration and particles do not spoil the match.
/// </summary>
public sealed class ClkEncoder
{
    private readonly Dictionary<LinkageField, byte[]> fieldKeys;
    private readonly ClkSettings settings;

    public ClkEncoder(ClkKey key, ClkSettings? settings = null)
    {
        this.settings = settings ?? ClkSettings.Default;
        fieldKeys = LinkageFields.All.ToDictionary(f => f, key.FieldKey);
    }

    public ulong[] Encode(PersonRecord record)
    {
        var bits = new ulong[ClkSettings.Words];
        Encode(StandardisedRecord.From(record), bits);
        return bits;
    }

    public void Encode(StandardisedRecord record, Span<ulong> bits)
    {
        foreach (var (field, value) in Values(record))
        {
            if (value.Length > 0 && settings.HashesPerGram.TryGetValue(field, out var hashes) && hashes > 0)
            {
                AddBigrams(fieldKeys[field], value, hashes, bits);
            }
        }
    }

    private static IEnumerable<(LinkageField, string)> Values(StandardisedRecord r)
    {
        yield return (LinkageField.GivenName, r.GivenName.Joined);
        yield return (LinkageField.FamilyName, r.FamilyName.Joined);
        yield return (LinkageField.BirthDate, r.BirthDate?.ToString() ?? "");
        yield return (LinkageField.Sex, r.Sex == '\0' ? "" : r.Sex.ToString());
        yield return (LinkageField.Nationality, r.Nationality);
        yield return (LinkageField.Street, r.Street);
        yield return (LinkageField.City, r.City);
        yield return (LinkageField.Postcode, r.Postcode);
        yield return (LinkageField.Phone, r.Phone);
        yield return (LinkageField.Identifier, r.Identifier);
    }

    // Padded bigrams ("_anna_" → _a an nn na a_) so that first and last letters count, as in the CLK papers.
    private static void AddBigrams(byte[] key, string value, int hashes, Span<ulong> bits)
    {
        var padded = "_" + value + "_";
        Span<byte> gram = stackalloc byte[8];
        Span<byte> mac = stackalloc byte[32];
        for (var i = 0; i + 1 < padded.Length; i++)
        {
            var length = Encoding.UTF8.GetBytes(padded.AsSpan(i, 2), gram);
            HMACSHA256.HashData(key, gram[..length], mac);
            SetBits(mac, hashes, bits);
        }
    }

    private static void SetBits(ReadOnlySpan<byte> mac, int hashes, Span<ulong> bits)
    {
        var h1 = BinaryPrimitives.ReadUInt64LittleEndian(mac);
        // An odd step visits distinct positions of the power-of-two filter for every i < 1024.
        var h2 = BinaryPrimitives.ReadUInt64LittleEndian(mac[8..]) | 1;
        for (ulong k = 0; k < (ulong)hashes; k++)
        {
            var position = (int)((h1 + (k * h2)) % ClkSettings.Bits);
            bits[position >> 6] |= 1UL << (position & 63);
        }
    }
}
