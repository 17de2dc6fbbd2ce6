using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>
/// One blocking pass: records with the same non-null key become candidate pairs. Several passes on different
/// fields make sure one typo or missing value cannot hide a true pair.
/// </summary>
public sealed record BlockingPass(string Name, Func<StandardisedRecord, string?> Key)
{
    /// <summary>The default passes for person records; a pass yields no key when its fields are missing.</summary>
    public static IReadOnlyList<BlockingPass> Defaults { get; } =
    [
        new("family phonetic + birth year", r => Join(r.FamilyName.Phonetic, r.BirthDate?.Year.ToString())),
        new("both name phonetics (either order)", r => Unordered(r.GivenName.Phonetic, r.FamilyName.Phonetic)),
        new("full birth date", r => r.BirthDate is { HasMonthAndDay: true } d ? d.ToString() : null),
        new("given phonetic + postcode", r => Join(r.GivenName.Phonetic, r.Postcode)),
        new("family phonetic + postcode", r => Join(r.FamilyName.Phonetic, r.Postcode)),
        new("given phonetic + birth day and month", r => Join(r.GivenName.Phonetic, DayMonth(r.BirthDate))),
        new("family prefix + city", r => Join(Prefix(r.FamilyName.Joined, 3), r.City)),
        new("street + postcode", r => Join(r.Street, r.Postcode)),
        new("identifier", r => Join(r.Identifier, "")),
        new("phone", r => Join(r.Phone, "")),
    ];

    private static string? Join(string? first, string? second) =>
        string.IsNullOrEmpty(first) || second is null ? null : first + "|" + second;

    private static string? Unordered(string first, string second) =>
        first.Length == 0 || second.Length == 0 ? null
        : string.CompareOrdinal(first, second) <= 0 ? first + "|" + second : second + "|" + first;

    private static string? DayMonth(PartialDate? date) =>
        date is { HasMonthAndDay: true } d ? $"{d.Month:D2}{d.Day:D2}" : null;

    private static string? Prefix(string text, int length) => text.Length < length ? null : text[..length];
}
