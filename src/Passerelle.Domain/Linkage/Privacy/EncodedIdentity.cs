using System.Globalization;
using System.Runtime.InteropServices;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// The text of one field-level encoding (format 2) as written by <c>encode</c> and read by <c>link --encoded</c>:
/// <c>2|given|family|given-as-family|date|sex|nationality|street|city|postcode|phone|identifier</c>, a name being
/// <c>words~joined~first~phonetic~prefix1~prefix2~prefix3~first-code~filter</c> (words separated by dots, tokens
/// and filter in base64url). Nothing in it is clear text.
/// </summary>
public static class EncodedIdentity
{
    public const string Version = "2";

    private const int Fields = 12;

    private const int NameParts = 9;

    public static string Write(StandardisedRecord r) => string.Join('|',
        Version, Name(r.GivenName), Name(r.FamilyName), Name(r.GivenAsFamily), r.BirthDate?.ToString() ?? "",
        r.Sex == '\0' ? "" : r.Sex.ToString(), r.Nationality, r.Street, r.City, r.Postcode, r.Phone, r.Identifier);

    /// <param name="names">Shares names and repeated tokens among the records read (see <see cref="NameCache"/>).</param>
    public static bool TryRead(string id, string source, string text, out StandardisedRecord? record, out string error, NameCache? names = null)
    {
        record = null;
        var parts = text.Split('|');
        if (parts[0] != Version)
        {
            error = $"format {parts[0]} is not format {Version}";
            return false;
        }

        if (parts.Length != Fields)
        {
            error = $"{parts.Length} parts instead of {Fields}";
            return false;
        }

        if (!TryName(parts[1], names, out var given) || !TryName(parts[2], names, out var family) || !TryName(parts[3], names, out var givenAsFamily))
        {
            error = "a name is not an encoded name";
            return false;
        }

        PartialDate? date = null;
        if (parts[4].Length > 0)
        {
            if (parts[4].Length != 8 || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                error = "the birth date is not an encoded date";
                return false;
            }

            date = new PartialDate(Number(parts[4][..4]), Number(parts[4][4..6]), Number(parts[4][6..]));
        }

        if (parts[5].Length > 1)
        {
            error = "the sex is not an encoded sex";
            return false;
        }

        string Shared(string token) => names?.Text(token) ?? token;
        record = new StandardisedRecord(id, source, given!, family!, date, parts[5].Length == 0 ? '\0' : parts[5][0],
            Shared(parts[6]), parts[7], Shared(parts[8]), parts[9], parts[10], parts[11])
        {
            GivenAsFamily = givenAsFamily!,
        };
        error = "";
        return true;
    }

    private static string Name(StandardName name)
    {
        if (name.IsEmpty)
        {
            return "";
        }

        if (name.Filter is null || name.Keys is null)
        {
            throw new ArgumentException("Only encoded names are written (FieldEncoder).", nameof(name));
        }

        var keys = name.Keys;
        return string.Join('~', string.Join('.', name.Words), name.Joined, name.First, name.Phonetic,
            keys.Prefix1 ?? "", keys.Prefix2 ?? "", keys.Prefix3 ?? "", keys.FirstCode,
            Convert.ToBase64String(MemoryMarshal.AsBytes(name.Filter.AsSpan())).Replace('+', '-').Replace('/', '_'));
    }

    private static bool TryName(string text, NameCache? names, out StandardName? name)
    {
        if (text.Length == 0)
        {
            name = StandardName.Empty;
            return true;
        }

        name = names is null ? ReadName(text) : names.EncodedName(text, ReadName);
        return name is not null;
    }

    private static StandardName? ReadName(string text)
    {
        var parts = text.Split('~');
        var filter = new ulong[NameFilter.Words];
        if (parts.Length != NameParts || parts[1].Length == 0
            || !Convert.TryFromBase64String(parts[8].Replace('-', '+').Replace('_', '/'), MemoryMarshal.AsBytes(filter.AsSpan()), out var written)
            || written != NameFilter.Words * sizeof(ulong))
        {
            return null;
        }

        static string? Optional(string value) => value.Length == 0 ? null : value;
        return new StandardName(parts[0].Split('.'), parts[1], parts[2], parts[3])
        {
            Filter = filter,
            Keys = new EncodedNameKeys(Optional(parts[4]), Optional(parts[5]), Optional(parts[6]), parts[7]),
        };
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
