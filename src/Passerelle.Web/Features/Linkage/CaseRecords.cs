using Passerelle.Domain.Cases;
using Passerelle.Domain.Linkage;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.Linkage;

/// <summary>
/// A case as the linkage engine sees it: identifying fields decrypted in memory only, never stored in clear.
/// The legal name is written given names first (as the case form asks); the engine also compares it crosswise,
/// so a swapped order still meets.
/// </summary>
public static class CaseRecords
{
    public static PersonRecord From(Case @case, IdentifyingFields identity)
    {
        var (given, family) = SplitName(identity.LegalName);
        return new PersonRecord(@case.Id.ToString())
        {
            Source = @case.AgencyId.ToString(),
            GivenName = given,
            FamilyName = family,
            BirthDate = identity.DateOfBirth?.ToString("yyyy-MM-dd") ?? @case.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sex = @case.Sex is Sex.Female or Sex.Male ? @case.Sex.ToString() : null,
            Nationality = @case.Nationality,
            Phone = identity.Phone,
        };
    }

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
