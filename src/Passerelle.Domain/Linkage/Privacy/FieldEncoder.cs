using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// Field-level encoding for privacy-preserving linkage (format 2): the standardised record with every value
/// replaced by a keyed token, so the linker runs the same Fellegi–Sunter engine as plain linkage (same levels,
/// blocking passes, EM, name frequencies per origin, clustering) without seeing a single name or date.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Names (given, family, given read as a family name for swapped order): each word, the joined name and the
/// first word become HMAC-SHA256 tokens under one name key (so a given name can meet a family name crosswise);
/// the phonetic codes and the 1-, 2- and 3-letter prefixes become tokens under keys of their own (blocking); the
/// joined name also becomes a 512-bit Bloom filter of its padded bigrams, each setting 10 bits chosen by keyed
/// <i>random</i> hashing (ten 16-bit slices of one HMAC, not double hashing), compared by Dice for typos.</item>
/// <item>Birth date: 1 January is read as "year only" first (as plain); the year is shifted by a keyed offset
/// (differences of years are kept, the year is not); month and day are enciphered digit by digit with two keyed
/// permutations of 0–9 (tens and units, the same for month and day, so a day/month swap and a one-digit typo
/// survive; 0 and, for units, 1 stay fixed so "unknown" and "1 January" keep their meaning).</item>
/// <item>Sex: one of two letters chosen by a key bit. Nationality, street, city, postcode, phone and identifier:
/// tokens under a key per field (exact agreement only: their typo levels are lost).</item>
/// </list>
/// Every token is deterministic under the key: equal values give equal tokens, so the linker sees which records
/// share a value and how often (see the threat model, docs/pprl-threat-model.md, "field-level encodings").
/// </remarks>
public sealed class FieldEncoder
{
    private const int TokenBytes = 12;

    private readonly Dictionary<string, byte[]> keys;
    private readonly int yearOffset;
    private readonly int[] tens;
    private readonly int[] units;
    private readonly bool sexSwapped;
    private readonly ConcurrentDictionary<(string, string), string> tokens = new();
    private readonly ConcurrentDictionary<string, int[]> gramPositions = new(StringComparer.Ordinal);

    public FieldEncoder(EncodingKey key)
    {
        keys = new[] { "name", "name-phonetic", "name-prefix", "name-filter", "date", "sex", "nationality", "street", "city", "postcode", "phone", "identifier" }
            .ToDictionary(p => p, key.Derive, StringComparer.Ordinal);
        var date = HMACSHA256.HashData(keys["date"], "parameters"u8);
        yearOffset = 100 + (BitConverter.ToUInt16(date, 0) % 800);
        tens = Permutation(date.AsSpan(2, 12), fixedPoints: 1);
        units = Permutation(date.AsSpan(14, 12), fixedPoints: 2);
        sexSwapped = (HMACSHA256.HashData(keys["sex"], "parameters"u8)[0] & 1) == 1;
    }

    public StandardisedRecord Encode(PersonRecord record) => Encode(StandardisedRecord.From(record));

    public StandardisedRecord Encode(StandardisedRecord r) =>
        new(r.Id, r.Source, Name(r.GivenName), Name(r.FamilyName), Date(r.BirthDate), Sex(r.Sex),
            Token("nationality", r.Nationality), Token("street", r.Street), Token("city", r.City),
            Token("postcode", r.Postcode), Token("phone", r.Phone), Token("identifier", r.Identifier))
        {
            GivenAsFamily = Name(r.GivenAsFamily),
        };

    private StandardName Name(StandardName name)
    {
        if (name.IsEmpty)
        {
            return StandardName.Empty;
        }

        string? Prefix(int length) => name.Prefix(length) is { } p ? Token("name-prefix", p) : null;
        return new StandardName(
            [.. name.Words.Select(w => Token("name", w))], Token("name", name.Joined), Token("name", name.First),
            Token("name-phonetic", name.Phonetic))
        {
            Filter = Filter(name.Joined),
            Keys = new EncodedNameKeys(Prefix(1), Prefix(2), Prefix(3), Token("name-phonetic", name.FirstCode)),
        };
    }

    private PartialDate? Date(PartialDate? date)
    {
        if (date is not { } d)
        {
            return null;
        }

        d = DateComparator.YearOnlyIfFirstJanuary(d);
        return new PartialDate(d.Year + yearOffset, Digits(d.Month), Digits(d.Day));
    }

    private int Digits(int value) => value is < 0 or > 99 ? 0 : (tens[value / 10] * 10) + units[value % 10];

    private char Sex(char sex) => sex switch
    {
        'f' => sexSwapped ? 'b' : 'a',
        'm' => sexSwapped ? 'a' : 'b',
        _ => '\0',
    };

    private string Token(string purpose, string value) =>
        value.Length == 0 ? "" : tokens.GetOrAdd((purpose, value), k =>
        {
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(keys[k.Item1], Encoding.UTF8.GetBytes(k.Item2), mac);
            return Convert.ToBase64String(mac[..TokenBytes]).Replace('+', '-').Replace('/', '_');
        });

    // Padded bigrams ("_anna_" → _a an nn na a_) so that first and last letters count, as in the CLK papers.
    private ulong[] Filter(string joined)
    {
        var bits = new ulong[NameFilter.Words];
        var padded = "_" + joined + "_";
        for (var i = 0; i + 1 < padded.Length; i++)
        {
            foreach (var position in gramPositions.GetOrAdd(padded.Substring(i, 2), Positions))
            {
                bits[position >> 6] |= 1UL << (position & 63);
            }
        }

        return bits;
    }

    private int[] Positions(string gram)
    {
        var mac = HMACSHA256.HashData(keys["name-filter"], Encoding.UTF8.GetBytes(gram));
        var positions = new int[NameFilter.HashesPerGram];
        for (var k = 0; k < positions.Length; k++)
        {
            positions[k] = BitConverter.ToUInt16(mac, 2 * k) % NameFilter.Bits;
        }

        return positions;
    }

    // A keyed permutation of the digits 0–9 that keeps the first fixedPoints digits in place (Fisher–Yates).
    private static int[] Permutation(ReadOnlySpan<byte> randomness, int fixedPoints)
    {
        var digits = Enumerable.Range(0, 10).ToArray();
        for (var i = 9; i > fixedPoints; i--)
        {
            var j = fixedPoints + (randomness[i] % (i - fixedPoints + 1));
            (digits[i], digits[j]) = (digits[j], digits[i]);
        }

        return digits;
    }
}
