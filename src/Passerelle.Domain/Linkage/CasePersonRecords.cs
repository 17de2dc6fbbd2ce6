using System.Globalization;
using Passerelle.Domain.Cases;

namespace Passerelle.Domain.Linkage;

/// <summary>
/// A case as the linkage engine sees it. The legal name is written given names first (as the case form asks);
/// the engine also compares names crosswise, so a swapped order still meets.
/// </summary>
public static class CasePersonRecords
{
    public static PersonRecord From(
        string id, string source, string? legalName, DateOnly? dateOfBirth, int? birthYear, Sex sex, string? nationality, string? phone)
    {
        var (given, family) = SplitName(legalName);
        return new PersonRecord(id)
        {
            Source = source,
            GivenName = given,
            FamilyName = family,
            BirthDate = dateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? birthYear?.ToString(CultureInfo.InvariantCulture),
            Sex = sex is Sex.Female or Sex.Male ? sex.ToString() : null,
            Nationality = nationality,
            Phone = phone,
        };
    }

    /// <summary>The last word is the family name, the words before it the given names.</summary>
    public static (string? Given, string? Family) SplitName(string? legalName)
    {
        var words = (legalName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length switch
        {
            0 => (null, null),
            1 => (null, words[0]),
            _ => (string.Join(' ', words[..^1]), words[^1]),
        };
    }
}
