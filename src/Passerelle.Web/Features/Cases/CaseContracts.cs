using Passerelle.Domain.Cases;
using Passerelle.Domain.Htcds;

namespace Passerelle.Web.Features.Cases;

/// <summary>The body of <c>POST /api/v1/cases</c> and <c>PUT /api/v1/cases/{id}</c>. Unknown members are refused.</summary>
public sealed record CaseInput
{
    public string? Pseudonym { get; init; }
    public Sex? Sex { get; init; }
    public int? BirthYear { get; init; }
    public int? EstimatedAge { get; init; }
    public bool? AgeDisputed { get; init; }
    public string? Nationality { get; init; }
    public List<ExploitationForm>? ExploitationForms { get; init; }
    public RecruitmentMeans? RecruitmentMeans { get; init; }
    public string? Departement { get; init; }
    public DateOnly? DetectedOn { get; init; }
    public string? LegalName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Phone { get; init; }
    public List<string>? Languages { get; init; }
    public string? Notes { get; init; }
    public List<MethodOfControl>? MethodsOfControl { get; init; }
    public ForcedLabourIndustry? ForcedLabourIndustry { get; init; }
    public List<SexExploitationType>? SexExploitationTypes { get; init; }
    public List<TraffickingPlace>? Places { get; init; }
    public bool? DataSharingConsent { get; init; }

    /// <summary>Turns the body into facts, or names each missing required field.</summary>
    public (CaseFacts? Facts, Dictionary<string, string[]> Errors) ToFacts()
    {
        var errors = new Dictionary<string, string[]>();
        if (Sex is null)
        {
            errors["sex"] = ["Sex is required: female, male, other or unknown."];
        }

        if (DetectedOn is null)
        {
            errors["detectedOn"] = ["The detection date is required (yyyy-MM-dd)."];
        }

        if (string.IsNullOrWhiteSpace(Departement))
        {
            errors["departement"] = ["The département is required."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new CaseFacts
        {
            Pseudonym = Pseudonym ?? "",
            Sex = Sex!.Value,
            BirthYear = BirthYear,
            EstimatedAge = EstimatedAge,
            AgeDisputed = AgeDisputed ?? false,
            Nationality = string.IsNullOrWhiteSpace(Nationality) ? null : Nationality.Trim(),
            ExploitationForms = ExploitationForms ?? [],
            RecruitmentMeans = RecruitmentMeans,
            Departement = Departement!.Trim(),
            DetectedOn = DetectedOn!.Value,
            MethodsOfControl = MethodsOfControl ?? [],
            ForcedLabourIndustry = ForcedLabourIndustry,
            SexExploitationTypes = SexExploitationTypes ?? [],
            Places = Places?.Select(p => p with { Country = Blank(p.Country)?.ToUpperInvariant(), City = Blank(p.City) }).ToList() ?? [],
            DataSharingConsent = DataSharingConsent ?? false,
            Identity = new IdentifyingFields
            {
                LegalName = Blank(LegalName),
                DateOfBirth = DateOfBirth,
                Phone = Blank(Phone),
                Languages = Languages?.Select(l => IsoLanguages.Normalise(l) ?? l?.Trim() ?? "").ToList() ?? [],
                Notes = Blank(Notes),
            },
        }, errors);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A case as the API returns it. Identifying fields are present only for the agency that holds the case.</summary>
public sealed record CaseView
{
    public Guid Id { get; init; }
    public required string Reference { get; init; }
    public required string Pseudonym { get; init; }
    public Sex Sex { get; init; }
    public int? BirthYear { get; init; }
    public int? EstimatedAge { get; init; }
    public bool AgeDisputed { get; init; }
    public string? Nationality { get; init; }
    public required IReadOnlyList<ExploitationForm> ExploitationForms { get; init; }
    public RecruitmentMeans? RecruitmentMeans { get; init; }
    public required string Departement { get; init; }
    public DateOnly DetectedOn { get; init; }
    public IReadOnlyList<MethodOfControl> MethodsOfControl { get; init; } = [];
    public ForcedLabourIndustry? ForcedLabourIndustry { get; init; }
    public IReadOnlyList<SexExploitationType> SexExploitationTypes { get; init; } = [];

    /// <summary>The places; each city only for readers of the identity.</summary>
    public IReadOnlyList<TraffickingPlace> Places { get; init; } = [];
    public bool DataSharingConsent { get; init; }
    public CaseStatus Status { get; init; }
    public required AgencyRef Agency { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public int Version { get; init; }

    /// <summary>False in the coordinator's pseudonymised view: the identifying fields below are then absent.</summary>
    public bool IdentityVisible { get; init; }

    public string? LegalName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public string? Notes { get; init; }
}

public sealed record AgencyRef(Guid Id, string Name, Domain.Agencies.AgencyType Type);

/// <summary>A line of the case list.</summary>
public sealed record CaseSummary(
    Guid Id,
    string Reference,
    string Pseudonym,
    Sex Sex,
    int? BirthYear,
    int? EstimatedAge,
    bool AgeDisputed,
    string? Nationality,
    IReadOnlyList<ExploitationForm> ExploitationForms,
    string Departement,
    DateOnly DetectedOn,
    CaseStatus Status,
    string AgencyName);

