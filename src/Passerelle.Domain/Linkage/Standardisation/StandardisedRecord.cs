namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>A record ready for comparison: every field standardised once, empty strings for missing values.</summary>
public sealed record StandardisedRecord(
    string Id,
    string Source,
    StandardName GivenName,
    StandardName FamilyName,
    PartialDate? BirthDate,
    char Sex,
    string Nationality,
    string Street,
    string City,
    string Postcode,
    string Phone,
    string Identifier)
{
    /// <summary>
    /// The given name standardised as a family name (particles dropped), to compare it crosswise with the other
    /// record's family name when the order was swapped ("Hawa Ould Ahmed" / "Ould Ahmed Hawa").
    /// </summary>
    public StandardName GivenAsFamily { get; init; } = StandardName.Empty;

    /// <summary>
    /// Every word of both names (the given name read as a family name, particles dropped), sorted: the same words
    /// split differently between given and family name ("Peace Joy / Labore" and "Labore Peace / Joy", issue 13's
    /// reordered three-word names) give the same bag. Null when a name is missing or the names hold fewer than
    /// three words in all (two words are the plain crosswise reading). Encoded names carry word tokens, so the bag
    /// of an encoded record is the bag of its tokens.
    /// </summary>
    public string? NameWords() =>
        HasWordBag ? string.Join(' ', GivenAsFamily.Words.Concat(FamilyName.Words).Order(StringComparer.Ordinal)) : null;

    private bool HasWordBag => !GivenAsFamily.IsEmpty && !FamilyName.IsEmpty && GivenAsFamily.Words.Count + FamilyName.Words.Count >= 3;

    /// <summary>Both records' names hold the same words, however split and ordered (see <see cref="NameWords"/>).</summary>
    public bool SameNameWords(StandardisedRecord other)
    {
        if (!HasWordBag || !other.HasWordBag
            || GivenAsFamily.Words.Count + FamilyName.Words.Count != other.GivenAsFamily.Words.Count + other.FamilyName.Words.Count)
        {
            return false;
        }

        // A few words each: count every word of this record in both (no allocation on the comparison path).
        foreach (var word in GivenAsFamily.Words.Concat(FamilyName.Words))
        {
            if (Count(this, word) != Count(other, word))
            {
                return false;
            }
        }

        return true;

        static int Count(StandardisedRecord r, string word) =>
            r.GivenAsFamily.Words.Count(w => w == word) + r.FamilyName.Words.Count(w => w == word);
    }

    /// <param name="record">The record as entered.</param>
    /// <param name="names">
    /// Shares one standardised name among the records that spell it the same way (a national population holds a
    /// million records and far fewer names); without it every record gets its own.
    /// </param>
    public static StandardisedRecord From(PersonRecord record, NameCache? names = null)
    {
        PartialDate? birthDate = PartialDate.TryParse(record.BirthDate, out var date) ? date : null;
        return new StandardisedRecord(
            record.Id,
            record.Source,
            names?.GivenName(record.GivenName) ?? NameStandardiser.GivenName(record.GivenName),
            names?.FamilyName(record.FamilyName) ?? NameStandardiser.FamilyName(record.FamilyName),
            birthDate,
            SexStandardiser.Standardise(record.Sex),
            names?.Text(ContactStandardiser.Nationality(record.Nationality)) ?? ContactStandardiser.Nationality(record.Nationality),
            ContactStandardiser.Street(record.Street),
            names?.Text(ContactStandardiser.City(record.City)) ?? ContactStandardiser.City(record.City),
            ContactStandardiser.Postcode(record.Postcode),
            ContactStandardiser.Phone(record.Phone),
            ContactStandardiser.Identifier(record.Identifier))
        {
            GivenAsFamily = names?.FamilyName(record.GivenName) ?? NameStandardiser.FamilyName(record.GivenName),
        };
    }
}

/// <summary>
/// Standardised names (immutable, so shareable) by the text entered, and one instance of each repeated short text
/// (nationality, city), for one linkage run: at a million records this holds each distinct name once instead of
/// once per record (names, their words and codes were about half of the run's memory). Encoded names read back
/// (<see cref="Privacy.EncodedIdentity"/>) are shared the same way, by their encoded text: an encoded name holds
/// about 9 tokens and a filter, some 750 bytes, which every record spelling it alike would otherwise repeat.
/// Thread-safe.
/// </summary>
public sealed class NameCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StandardName> given = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StandardName> family = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StandardName> encoded = new(StringComparer.Ordinal);

    public StandardName GivenName(string? raw) => raw is null ? NameStandardiser.GivenName(raw) : given.GetOrAdd(raw, NameStandardiser.GivenName);

    /// <summary>A family name, or a given name read as a family name (particles dropped): the same standardisation.</summary>
    public StandardName FamilyName(string? raw) => raw is null ? NameStandardiser.FamilyName(raw) : family.GetOrAdd(raw, NameStandardiser.FamilyName);

    public string Text(string value) => value.Length == 0 ? value : texts.GetOrAdd(value, value);

    /// <summary>The name an encoded text reads as, read once per distinct text; null when it is not an encoded name.</summary>
    public StandardName? EncodedName(string text, Func<string, StandardName?> read)
    {
        if (encoded.TryGetValue(text, out var shared))
        {
            return shared;
        }

        return read(text) is { } name ? encoded.GetOrAdd(text, name) : null;
    }
}
