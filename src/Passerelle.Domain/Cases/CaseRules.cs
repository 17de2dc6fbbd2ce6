using Passerelle.Domain.Geography;
using Passerelle.Domain.Htcds;

namespace Passerelle.Domain.Cases;

/// <summary>
/// The rules a case's facts must satisfy. Errors are keyed by the camelCase field name the API and the forms
/// use, so every bad field can be named back to the user.
/// </summary>
public static class CaseRules
{
    public const int PseudonymMaxLength = 60;
    public const int LegalNameMaxLength = 200;
    public const int PhoneMaxLength = 40;
    public const int NotesMaxLength = 4000;
    public const int MaxLanguages = 10;
    public const int MaxAge = 110;
    public const int MaxPlaces = 20;
    public const int CityMaxLength = 100;

    /// <summary>Detection dates before this are not plausible in a system opened in 2026 (historic cases go back to 2000).</summary>
    public static readonly DateOnly EarliestDetection = new(2000, 1, 1);

    public static IReadOnlyDictionary<string, string[]> Validate(CaseFacts facts, DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            if (!list.Contains(message))
            {
                list.Add(message);
            }
        }

        var pseudonym = facts.Pseudonym?.Trim() ?? "";
        if (pseudonym.Length == 0)
        {
            Add("pseudonym", "A pseudonym is required.");
        }
        else if (pseudonym.Length > PseudonymMaxLength)
        {
            Add("pseudonym", $"A pseudonym has at most {PseudonymMaxLength} characters.");
        }

        if (!Enum.IsDefined(facts.Sex))
        {
            Add("sex", "Sex must be female, male, other or unknown.");
        }

        if (facts.BirthYear is { } year && (year > today.Year || year < today.Year - MaxAge))
        {
            Add("birthYear", "The birth year cannot be in the future or more than 110 years ago.");
        }

        if (facts.EstimatedAge is { } age && (age < 0 || age > MaxAge))
        {
            Add("estimatedAge", "The estimated age must be between 0 and 110.");
        }

        if (facts.BirthYear is not null && facts.EstimatedAge is not null)
        {
            Add("estimatedAge", "Give either a birth year or an estimated age, not both.");
        }

        if (facts.Nationality is { } nationality && !Countries.IsKnown(nationality))
        {
            Add("nationality", "The nationality must be an ISO 3166-1 alpha-2 country code, such as NG or FR.");
        }

        if (facts.ExploitationForms.Count == 0)
        {
            Add("exploitationForms", "Choose at least one suspected form of exploitation.");
        }
        else if (facts.ExploitationForms.Any(f => !Enum.IsDefined(f)))
        {
            Add("exploitationForms", "Unknown form of exploitation.");
        }
        else if (facts.ExploitationForms.Distinct().Count() != facts.ExploitationForms.Count)
        {
            Add("exploitationForms", "A form of exploitation is listed twice.");
        }

        if (!Departements.IsKnown(facts.Departement))
        {
            Add("departement", "The département must be a French département code, such as 75, 2A or 971.");
        }

        if (facts.DetectedOn > today)
        {
            Add("detectedOn", "The detection date cannot be in the future.");
        }
        else if (facts.DetectedOn < EarliestDetection)
        {
            Add("detectedOn", "The detection date cannot be before 2000-01-01.");
        }

        ValidateTrafficking(facts, today, Add);
        ValidateIdentity(facts, today, Add);

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void ValidateIdentity(CaseFacts facts, DateOnly today, Action<string, string> add)
    {
        var identity = facts.Identity;
        if (identity.LegalName is { Length: > LegalNameMaxLength })
        {
            add("legalName", $"A legal name has at most {LegalNameMaxLength} characters.");
        }

        if (identity.DateOfBirth is { } dob)
        {
            if (dob > today)
            {
                add("dateOfBirth", "The date of birth cannot be in the future.");
            }
            else if (dob.Year < today.Year - MaxAge)
            {
                add("dateOfBirth", "The date of birth cannot be more than 110 years ago.");
            }
            else if (facts.BirthYear is { } year && year != dob.Year)
            {
                add("dateOfBirth", "The date of birth does not match the birth year.");
            }

            if (facts.DetectedOn < dob)
            {
                add("detectedOn", "The detection date cannot be before the date of birth.");
            }
        }

        if (identity.Phone is { } phone && (phone.Length > PhoneMaxLength || !phone.All(c => char.IsDigit(c) || c is '+' or ' ' or '.' or '-' or '(' or ')')))
        {
            add("phone", "A phone number has at most 40 characters: digits, spaces and + . - ( ).");
        }

        if (identity.Languages.Count > MaxLanguages)
        {
            add("languages", $"At most {MaxLanguages} languages.");
        }
        else if (identity.Languages.Any(l => l is null || l.Length > 40 || IsoLanguages.Normalise(l) is null))
        {
            add("languages", "Each language is an ISO 639 code, such as fr, en or ara.");
        }

        if (identity.Notes is { Length: > NotesMaxLength })
        {
            add("notes", $"Notes have at most {NotesMaxLength} characters.");
        }
    }

    /// <summary>The HTCDS facts of the trafficking (methods of control, sector, places): known values, places in the past.</summary>
    private static void ValidateTrafficking(CaseFacts facts, DateOnly today, Action<string, string> add)
    {
        if (facts.MethodsOfControl.Any(m => !Enum.IsDefined(m)) || facts.MethodsOfControl.Distinct().Count() != facts.MethodsOfControl.Count)
        {
            add("methodsOfControl", "Unknown or repeated method of control.");
        }

        if (facts.ForcedLabourIndustry is { } industry && !Enum.IsDefined(industry))
        {
            add("forcedLabourIndustry", "Unknown forced labour industry.");
        }

        if (facts.SexExploitationTypes.Any(t => !Enum.IsDefined(t)) || facts.SexExploitationTypes.Distinct().Count() != facts.SexExploitationTypes.Count)
        {
            add("sexExploitationTypes", "Unknown or repeated type of sexual exploitation.");
        }

        if (facts.Places.Count > MaxPlaces)
        {
            add("places", "At most 20 places.");
            return;
        }

        foreach (var place in facts.Places)
        {
            if (!Enum.IsDefined(place.Stage))
            {
                add("places", "Each place is a place of recruitment, transit or exploitation.");
            }

            if (place.Country is { } country && !Countries.IsKnown(country))
            {
                add("places", "The country of a place must be an ISO 3166-1 alpha-2 country code, such as NG or FR.");
            }

            if (place.City is { Length: > CityMaxLength })
            {
                add("places", "A city has at most 100 characters.");
            }

            if (place.Type is { } type && !Enum.IsDefined(type))
            {
                add("places", "Unknown type of place.");
            }

            if (place.Date is { } date && (date > today || date < new DateOnly(today.Year - MaxAge, 1, 1)))
            {
                add("places", "The date of a place cannot be in the future or more than 110 years ago.");
            }

            if (place.Country is null && string.IsNullOrWhiteSpace(place.City))
            {
                add("places", "A place needs a country or a city.");
            }
        }
    }
}
