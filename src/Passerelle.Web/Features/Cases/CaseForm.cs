using System.Globalization;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Htcds;
using Passerelle.Web.Platform.Http;

namespace Passerelle.Web.Features.Cases;

/// <summary>
/// What the case form posts, as typed: text is kept as text so that a bad value is shown back to the user
/// with its error instead of being lost.
/// </summary>
public sealed class CaseForm
{
    public string? Pseudonym { get; set; }
    public string? Sex { get; set; }
    public string? BirthYear { get; set; }
    public string? EstimatedAge { get; set; }
    public bool AgeDisputed { get; set; }
    public string? Nationality { get; set; }
    public List<string> ExploitationForms { get; set; } = [];
    public string? RecruitmentMeans { get; set; }
    public string? Departement { get; set; }
    public string? DetectedOn { get; set; }
    public string? LegalName { get; set; }
    public string? DateOfBirth { get; set; }
    public string? Phone { get; set; }
    public string? Languages { get; set; }
    public string? Notes { get; set; }
    public List<string> MethodsOfControl { get; set; } = [];
    public string? ForcedLabourIndustry { get; set; }
    public List<string> SexExploitationTypes { get; set; } = [];
    public bool DataSharingConsent { get; set; }

    /// <summary>The places as typed; a row with neither stage, country nor city is dropped (how a place is removed).</summary>
    public List<PlaceRow> Places { get; set; } = [];

    public sealed class PlaceRow
    {
        public string? Stage { get; set; }
        public string? Country { get; set; }
        public string? City { get; set; }
        public string? Type { get; set; }
        public string? Date { get; set; }
    }

    public static CaseForm From(CaseFacts facts) => new()
    {
        Pseudonym = facts.Pseudonym,
        Sex = ApiEnum.Name(facts.Sex),
        BirthYear = facts.BirthYear?.ToString(CultureInfo.InvariantCulture),
        EstimatedAge = facts.EstimatedAge?.ToString(CultureInfo.InvariantCulture),
        AgeDisputed = facts.AgeDisputed,
        Nationality = facts.Nationality,
        ExploitationForms = facts.ExploitationForms.Select(ApiEnum.Name).ToList(),
        RecruitmentMeans = facts.RecruitmentMeans is { } means ? ApiEnum.Name(means) : null,
        Departement = facts.Departement,
        DetectedOn = facts.DetectedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LegalName = facts.Identity.LegalName,
        DateOfBirth = facts.Identity.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Phone = facts.Identity.Phone,
        Languages = string.Join(", ", facts.Identity.Languages),
        Notes = facts.Identity.Notes,
        MethodsOfControl = facts.MethodsOfControl.Select(ApiEnum.Name).ToList(),
        ForcedLabourIndustry = facts.ForcedLabourIndustry is { } industry ? ApiEnum.Name(industry) : null,
        SexExploitationTypes = facts.SexExploitationTypes.Select(ApiEnum.Name).ToList(),
        DataSharingConsent = facts.DataSharingConsent,
        Places = facts.Places.Select(p => new PlaceRow
        {
            Stage = ApiEnum.Name(p.Stage),
            Country = p.Country,
            City = p.City,
            Type = p.Type is { } type ? ApiEnum.Name(type) : null,
            Date = p.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList(),
    };

    /// <summary>Parses and validates; the facts are null when any field is wrong, and every error is named.</summary>
    public (CaseFacts? Facts, IReadOnlyDictionary<string, string[]> Errors) ToFacts(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var sex = ApiEnum.TryParse<Sex>(Sex, out var parsedSex) ? parsedSex : (Sex?)null;
        if (sex is null)
        {
            errors["sex"] = ["Sex is required: female, male, other or unknown."];
        }

        var birthYear = ParseInt(BirthYear, "birthYear", "The birth year must be a number, such as 2001.", errors);
        var estimatedAge = ParseInt(EstimatedAge, "estimatedAge", "The estimated age must be a number of years.", errors);
        var detectedOn = ParseDate(DetectedOn, "detectedOn", errors);
        if (detectedOn is null && !errors.ContainsKey("detectedOn"))
        {
            errors["detectedOn"] = ["The detection date is required (yyyy-MM-dd)."];
        }

        var dateOfBirth = ParseDate(DateOfBirth, "dateOfBirth", errors);
        var forms = new List<ExploitationForm>();
        foreach (var form in ExploitationForms)
        {
            if (ApiEnum.TryParse<ExploitationForm>(form, out var parsed))
            {
                forms.Add(parsed);
            }
            else
            {
                errors["exploitationForms"] = ["Unknown form of exploitation."];
            }
        }

        RecruitmentMeans? recruitment = null;
        if (!string.IsNullOrWhiteSpace(RecruitmentMeans))
        {
            if (ApiEnum.TryParse<RecruitmentMeans>(RecruitmentMeans, out var parsedMeans))
            {
                recruitment = parsedMeans;
            }
            else
            {
                errors["recruitmentMeans"] = ["Unknown means of recruitment."];
            }
        }

        var methods = ParseAll<MethodOfControl>(MethodsOfControl, "methodsOfControl", "Unknown or repeated method of control.", errors);
        var sexTypes = ParseAll<SexExploitationType>(SexExploitationTypes, "sexExploitationTypes", "Unknown or repeated type of sexual exploitation.", errors);
        ForcedLabourIndustry? industry = null;
        if (!string.IsNullOrWhiteSpace(ForcedLabourIndustry))
        {
            if (ApiEnum.TryParse<ForcedLabourIndustry>(ForcedLabourIndustry, out var parsedIndustry))
            {
                industry = parsedIndustry;
            }
            else
            {
                errors["forcedLabourIndustry"] = ["Unknown forced labour industry."];
            }
        }

        var places = new List<TraffickingPlace>();
        foreach (var row in Places.Where(r => !string.IsNullOrWhiteSpace(r.Stage) || !string.IsNullOrWhiteSpace(r.Country) || !string.IsNullOrWhiteSpace(r.City)))
        {
            var type = ApiEnum.TryParse<PlaceType>(row.Type, out var parsedType) ? parsedType : (PlaceType?)null;
            if (!ApiEnum.TryParse<TraffickingStage>(row.Stage, out var stage) || (type is null && !string.IsNullOrWhiteSpace(row.Type)))
            {
                errors["places"] = ["Each place is a place of recruitment, transit or exploitation."];
                continue;
            }

            places.Add(new TraffickingPlace
            {
                Stage = stage,
                Country = Blank(row.Country)?.ToUpperInvariant(),
                City = Blank(row.City),
                Type = type,
                Date = ParseDate(row.Date, "places", errors),
            });
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var facts = new CaseFacts
        {
            Pseudonym = Pseudonym?.Trim() ?? "",
            Sex = sex!.Value,
            BirthYear = birthYear,
            EstimatedAge = estimatedAge,
            AgeDisputed = AgeDisputed,
            Nationality = string.IsNullOrWhiteSpace(Nationality) ? null : Nationality.Trim().ToUpperInvariant(),
            ExploitationForms = forms,
            RecruitmentMeans = recruitment,
            Departement = Departement?.Trim() ?? "",
            DetectedOn = detectedOn!.Value,
            MethodsOfControl = methods,
            ForcedLabourIndustry = industry,
            SexExploitationTypes = sexTypes,
            Places = places,
            DataSharingConsent = DataSharingConsent,
            Identity = new IdentifyingFields
            {
                LegalName = Blank(LegalName),
                DateOfBirth = dateOfBirth,
                Phone = Blank(Phone),
                Languages = (Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(code => IsoLanguages.Normalise(code) ?? code).ToList(),
                Notes = Blank(Notes),
            },
        };
        var ruleErrors = CaseRules.Validate(facts, today);
        return ruleErrors.Count == 0 ? (facts, ruleErrors) : (null, ruleErrors);
    }

    private static List<T> ParseAll<T>(List<string> texts, string field, string message, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var text in texts)
        {
            if (ApiEnum.TryParse<T>(text, out var value) && !values.Contains(value))
            {
                values.Add(value);
            }
            else
            {
                errors[field] = [message];
            }
        }

        return values;
    }

    private static int? ParseInt(string? text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [message];
        return null;
    }

    private static DateOnly? ParseDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = ["The date must be written yyyy-MM-dd."];
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
