using Passerelle.Domain.Htcds;

namespace Passerelle.Domain.Cases;

/// <summary>What a practitioner records about a presumed victim at registration or edition.</summary>
public sealed record CaseFacts
{
    public required string Pseudonym { get; init; }
    public Sex Sex { get; init; }
    public int? BirthYear { get; init; }
    public int? EstimatedAge { get; init; }
    public bool AgeDisputed { get; init; }
    public string? Nationality { get; init; }
    public IReadOnlyList<ExploitationForm> ExploitationForms { get; init; } = [];
    public required string Departement { get; init; }
    public RecruitmentMeans? RecruitmentMeans { get; init; }
    public DateOnly DetectedOn { get; init; }

    /// <summary>HTCDS <c>vic_MethodsOfControl</c>.</summary>
    public IReadOnlyList<MethodOfControl> MethodsOfControl { get; init; } = [];

    /// <summary>HTCDS <c>vic_ForcedLabourIndustry</c>: the economic sector of forced labour (seed report ¶34).</summary>
    public ForcedLabourIndustry? ForcedLabourIndustry { get; init; }

    /// <summary>HTCDS <c>vic_TypeOfSexExploitation</c>.</summary>
    public IReadOnlyList<SexExploitationType> SexExploitationTypes { get; init; } = [];

    /// <summary>Places and dates of recruitment, transit and exploitation; the city is stored encrypted.</summary>
    public IReadOnlyList<TraffickingPlace> Places { get; init; } = [];

    /// <summary>
    /// HTCDS <c>con_Consent</c>: the person agreed that their record be shared beyond the agency (RGPD art. 6(1)(a)
    /// and 9(2)(a)). Without it the agency's own HTCDS export leaves the identifying fields out.
    /// </summary>
    public bool DataSharingConsent { get; init; }

    public IdentifyingFields Identity { get; init; } = IdentifyingFields.Empty;
}

/// <summary>Fields that identify a person. Encrypted at rest; shown only to the agency that holds the case.</summary>
public sealed record IdentifyingFields
{
    public static readonly IdentifyingFields Empty = new();

    public string? LegalName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Notes { get; init; }
}
