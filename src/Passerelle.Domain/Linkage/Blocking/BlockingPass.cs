using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>
/// One blocking pass: records with the same non-null key become candidate pairs. Several passes on different
/// fields make sure one typo or missing value cannot hide a true pair. <see cref="Fields"/> are the fields the key
/// is made of: the pairs of a pass agree on them by construction, so estimation leaves them out for that pass.
/// </summary>
public sealed record BlockingPass(string Name, IReadOnlyList<LinkageField> Fields, Func<StandardisedRecord, string?> Key)
{
    /// <summary>
    /// The largest block or birth-year window this pass compares, when lower than the engine's
    /// (<see cref="LinkageOptions.MaxBlockSize"/>). The passes that rescue a typo in a name's first letters key on a
    /// name code and one or two letters of the other name: in a national population their blocks are mostly
    /// namesakes ("Mohamed + B"), and they found most of the candidate pairs while finding few true pairs no other
    /// pass found (at 50,000 records, "given phonetic + family initial": 1.1 M pairs, 129 true pairs of its own).
    /// </summary>
    public int? MaxBlockSize { get; init; }

    /// <summary>
    /// A second key: a record also joins the block of this key, so that a pass can meet one field of a record with
    /// another field of the other record (a given name with a swapped family name).
    /// </summary>
    public Func<StandardisedRecord, string?>? OtherKey { get; init; }

    /// <summary>The blocks a record joins: its key, and its other key when the pass has one and it differs.</summary>
    public IEnumerable<string> Keys(StandardisedRecord record)
    {
        var key = Key(record);
        if (key is not null)
        {
            yield return key;
        }

        if (OtherKey?.Invoke(record) is { } other && other != key)
        {
            yield return other;
        }
    }

    private const int RescueBlockSize = 30;

    /// <summary>The default passes for person records; a pass yields no key when its fields are missing.</summary>
    public static IReadOnlyList<BlockingPass> Defaults { get; } =
    [
        new("family phonetic + birth year", [LinkageField.FamilyName, LinkageField.BirthDate], r => Join(r.FamilyName.Phonetic, r.BirthDate?.Year.ToString())),
        new("both name phonetics (either order)", [LinkageField.GivenName, LinkageField.FamilyName], r => Unordered(r.GivenAsFamily.Phonetic, r.FamilyName.Phonetic)),
        new("full birth date", [LinkageField.BirthDate], r => DayMonth(r.BirthDate) is null ? null : r.BirthDate.ToString()),
        // Compound or truncated given names ("Seydou Abdoulaye" / "Seydou") in either order, without a date.
        new("first given word + first family word (either order)", [LinkageField.GivenName, LinkageField.FamilyName],
            r => Unordered(r.GivenAsFamily.FirstCode, r.FamilyName.FirstCode)),
        // A typo in one name and only a year on one side (issue 13): the other name's code and the typed name's start.
        new("both name prefixes (either order)", [LinkageField.GivenName, LinkageField.FamilyName],
            r => Unordered(r.GivenAsFamily.Prefix(3) ?? "", r.FamilyName.Prefix(3) ?? "")) { MaxBlockSize = RescueBlockSize },
        new("given phonetic + family prefix", [LinkageField.GivenName, LinkageField.FamilyName], r => Join(r.GivenName.Phonetic, r.FamilyName.Prefix(2))) { MaxBlockSize = RescueBlockSize },
        new("family phonetic + given prefix", [LinkageField.GivenName, LinkageField.FamilyName], r => Join(r.FamilyName.Phonetic, r.GivenName.Prefix(2))) { MaxBlockSize = RescueBlockSize },
        // A typo in the first letters of one name ("Eena" / "Elena", "Lmanmassel" / "Lanmassel", position 1 spoils
        // the 2-letter prefix) with no date on one side: the other name's code and the typed name's initial.
        new("family phonetic + given initial", [LinkageField.GivenName, LinkageField.FamilyName], r => Join(r.FamilyName.Phonetic, r.GivenName.Prefix(1))) { MaxBlockSize = RescueBlockSize },
        new("given phonetic + family initial", [LinkageField.GivenName, LinkageField.FamilyName], r => Join(r.GivenName.Phonetic, r.FamilyName.Prefix(1))) { MaxBlockSize = RescueBlockSize },
        // The same words split differently between given and family name ("Peace Joy / Labore" / "Labore Peace / Joy").
        new("all name words (any order)", [LinkageField.GivenName, LinkageField.FamilyName], r => r.NameWords()),
        new("given phonetic + postcode", [LinkageField.GivenName, LinkageField.Postcode], r => Join(r.GivenName.Phonetic, r.Postcode)),
        new("family phonetic + postcode", [LinkageField.FamilyName, LinkageField.Postcode], r => Join(r.FamilyName.Phonetic, r.Postcode)),
        new("given phonetic + birth day and month", [LinkageField.GivenName, LinkageField.BirthDate], r => Join(r.GivenName.Phonetic, DayMonth(r.BirthDate))),
        new("family prefix + city", [LinkageField.FamilyName, LinkageField.City], r => Join(r.FamilyName.Prefix(3), r.City)),
        new("street + postcode", [LinkageField.Street, LinkageField.Postcode], r => Join(r.Street, r.Postcode)),
        new("identifier", [LinkageField.Identifier], r => Alone(r.Identifier)),
        new("phone", [LinkageField.Phone], r => Alone(r.Phone)),
        // A swap plus a typo in the first letters of the other name ("Rierou / Lfea" / "Léa / RIEROU"), or a typo
        // in a family name's first letters with only a year on one side ("aBh" / "Bah"): either name's first word
        // code and the birth year, a given name meeting a family name as well as a given name.
        new("either name's first code + birth year", [LinkageField.GivenName, LinkageField.FamilyName, LinkageField.BirthDate],
            r => Join(r.GivenAsFamily.FirstCode, r.BirthDate?.Year.ToString()))
        {
            OtherKey = r => Join(r.FamilyName.FirstCode, r.BirthDate?.Year.ToString()),
            MaxBlockSize = RescueBlockSize,
        },
        // A birth year one off with day and month kept (the age written instead of the date) plus a swap or a typo
        // in one name ("NGYUEN / Quang" 22/12/1998 / "Quang / NGUYÊN" 22/12/1999): no year key meets, and the
        // given name's code alone is not swap-proof.
        new("either name's first code + birth day and month", [LinkageField.GivenName, LinkageField.FamilyName, LinkageField.BirthDate],
            r => Join(r.GivenAsFamily.FirstCode, DayMonth(r.BirthDate)))
        {
            OtherKey = r => Join(r.FamilyName.FirstCode, DayMonth(r.BirthDate)),
            MaxBlockSize = RescueBlockSize,
        },
    ];

    // A key needs both parts: with one missing, "given phonetic + postcode" would block on the given name alone.
    private static string? Join(string? first, string? second) =>
        string.IsNullOrEmpty(first) || string.IsNullOrEmpty(second) ? null : first + "|" + second;

    private static string? Alone(string value) => value.Length == 0 ? null : value;

    private static string? Unordered(string first, string second) =>
        first.Length == 0 || second.Length == 0 ? null
        : string.CompareOrdinal(first, second) <= 0 ? first + "|" + second : second + "|" + first;

    // 1 January is no day (see DateComparator): it would gather every undocumented person born that year.
    private static string? DayMonth(PartialDate? date) =>
        date is { HasMonthAndDay: true } d && DateComparator.YearOnlyIfFirstJanuary(d).HasMonthAndDay ? $"{d.Month:D2}{d.Day:D2}" : null;
}
