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

    /// <summary>Neither a given nor a family name: nothing to block or compare a name on.</summary>
    public bool IsNameless => GivenName.IsEmpty && FamilyName.IsEmpty;

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

    /// <summary>
    /// How the words of both records' names agree however split and ordered (see <see cref="NameWords"/>): 4 when
    /// they are the same words; when all agree but one, the level of that one against the other record's odd word
    /// (3 or 2 on the name scale, clear names only: an encoded word is a token, equal or not), and whether the odd
    /// word is in this record's family name; <see cref="Comparison.ComparisonLevel.Missing"/> otherwise. The demo
    /// population's "Rachid Bilal / Laborum" and "Laborum Rashid / Bilal" (issue 13, twelfth pass): reordered
    /// across the two names and transliterated, no reading agreed.
    /// </summary>
    public (byte Level, bool OddWordInFamily) NameWordsAgreement(StandardisedRecord other)
    {
        const byte none = Comparison.ComparisonLevel.Missing;
        var count = GivenAsFamily.Words.Count + FamilyName.Words.Count;
        if (!HasWordBag || !other.HasWordBag || count != other.GivenAsFamily.Words.Count + other.FamilyName.Words.Count || count > 16)
        {
            return (none, false);
        }

        // A few words each: pair every word of this record with an equal unpaired word of the other (no allocation
        // on the comparison path).
        Span<bool> paired = stackalloc bool[count];
        var (oddIndex, odd) = (-1, 0);
        for (var i = 0; i < count; i++)
        {
            var word = WordAt(this, i);
            var found = false;
            for (var j = 0; j < count && !found; j++)
            {
                if (!paired[j] && WordAt(other, j) == word)
                {
                    paired[j] = found = true;
                }
            }

            if (!found && ++odd == 1)
            {
                oddIndex = i;
            }
        }

        if (odd == 0)
        {
            return (4, false);
        }

        if (odd > 1 || GivenName.Filter is not null || other.GivenName.Filter is not null)
        {
            return (none, false);
        }

        var level = Comparison.NameComparator.SpellingLevel(WordAt(this, oddIndex), WordAt(other, paired.IndexOf(false)));
        return (level >= 2 ? level : none, oddIndex >= GivenAsFamily.Words.Count);

        static string WordAt(StandardisedRecord r, int i) =>
            i < r.GivenAsFamily.Words.Count ? r.GivenAsFamily.Words[i] : r.FamilyName.Words[i - r.GivenAsFamily.Words.Count];
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
