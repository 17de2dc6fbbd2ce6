using Passerelle.Domain.Cases;
using Passerelle.Domain.Htcds;
using Passerelle.Domain.Identification;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Cases;

/// <summary>
/// One presumed victim as recorded by one agency. Identifying fields live only in
/// <see cref="ProtectedIdentity"/> (encrypted) and <see cref="LegalNameIndex"/> (a keyed hash for exact search).
/// </summary>
public sealed class Case : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public int ReferenceYear { get; private set; }
    public int ReferenceNumber { get; private set; }

    /// <summary>Stored as text too, so it can be searched and shown without recomputation.</summary>
    public string Reference { get; private set; } = "";

    public string Pseudonym { get; private set; } = "";

    /// <summary>Upper-case, accent-free pseudonym: the same case-insensitive search on SQLite and PostgreSQL.</summary>
    public string PseudonymSearch { get; private set; } = "";

    public Sex Sex { get; private set; }
    public int? BirthYear { get; private set; }
    public int? EstimatedAge { get; private set; }
    public bool AgeDisputed { get; private set; }
    public string? Nationality { get; private set; }
    public List<ExploitationForm> ExploitationForms { get; private set; } = [];
    public string Departement { get; private set; } = "";
    public RecruitmentMeans? RecruitmentMeans { get; private set; }
    public DateOnly DetectedOn { get; private set; }

    /// <summary>HTCDS <c>vic_MethodsOfControl</c> (docs/htcds-mapping.md).</summary>
    public List<MethodOfControl> MethodsOfControl { get; private set; } = [];

    /// <summary>HTCDS <c>vic_ForcedLabourIndustry</c>.</summary>
    public ForcedLabourIndustry? ForcedLabourIndustry { get; private set; }

    /// <summary>HTCDS <c>vic_TypeOfSexExploitation</c>.</summary>
    public List<SexExploitationType> SexExploitationTypes { get; private set; } = [];

    /// <summary>Places of recruitment, transit and exploitation; each city encrypted (<see cref="StoredPlace"/>).</summary>
    public List<StoredPlace> Places { get; private set; } = [];

    /// <summary>HTCDS <c>con_Consent</c>: the person agreed that their record be shared.</summary>
    public bool DataSharingConsent { get; private set; }

    /// <summary>
    /// For a case created by an import: a hash of the importing agency and the source row's content, unique per
    /// agency, so importing the same file again creates nothing (Features/Imports).
    /// </summary>
    public string? ImportKey { get; private set; }

    /// <summary>The detecting agency, which holds the case.</summary>
    public Guid AgencyId { get; private set; }

    public CaseStatus Status { get; private set; } = CaseStatus.Registered;

    /// <summary>The day the case was closed (DOMAIN.md step 8): its retention periods run from it.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public ClosureReason? ClosureReason { get; private set; }

    /// <summary>
    /// When the case was erased at the end of its retention periods (<c>RetentionService</c>): its identifying
    /// fields and its file are gone, its statistical rows are kept; nothing can be written to it any more.
    /// </summary>
    public DateTime? ErasedAt { get; private set; }

    /// <summary>
    /// The person this record belongs to. One case is one person until cross-agency linkage sets a shared key;
    /// statistics count distinct keys.
    /// </summary>
    public Guid PersonKey { get; private set; }

    public string? ProtectedIdentity { get; private set; }
    public string? LegalNameIndex { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public Guid UpdatedBy { get; private set; }
    public int Version { get; set; }

    /// <summary>The child mechanism, when the case has one: its lead agency reads and writes the case (<see cref="CaseScoping"/>).</summary>
    public Children.ChildProtectionRecord? ChildProtection { get; private set; }

    private Case()
    {
    }

    public static Case Register(CaseReference reference, Guid agencyId, Guid userId, DateTime now)
    {
        var created = new Case
        {
            ReferenceYear = reference.Year,
            ReferenceNumber = reference.Number,
            Reference = reference.ToString(),
            AgencyId = agencyId,
            CreatedAt = now,
            CreatedBy = userId,
        };
        created.PersonKey = created.Id;
        return created;
    }

    /// <summary>Moves the case through the NRM procedure; an event not allowed now throws <see cref="InvalidTransitionException"/>.</summary>
    public void Apply(CaseEvent caseEvent, Guid userId, DateTime now)
    {
        Status = CaseLifecycle.Apply(Status, caseEvent);
        UpdatedAt = now;
        UpdatedBy = userId;
    }

    /// <summary>Closes the case with its reason (DOMAIN.md step 8); a status that may not close throws <see cref="InvalidTransitionException"/>.</summary>
    public void Close(ClosureReason reason, DateOnly closedOn, Guid userId, DateTime now)
    {
        Apply(CaseEvent.Closed, userId, now);
        ClosureReason = reason;
        ClosedOn = closedOn;
    }

    /// <summary>Record linkage found this case to be the person keyed <paramref name="personKey"/>.</summary>
    public void AssignPerson(Guid personKey) => PersonKey = personKey;

    /// <summary>Marks the case as created from the source row keyed <paramref name="importKey"/>.</summary>
    public void MarkImported(string importKey) => ImportKey = importKey;

    /// <summary>Sets the facts; identity arrives already encrypted and hashed by <see cref="CaseIdentityProtector"/>.</summary>
    public void Record(CaseFacts facts, string? protectedIdentity, string? legalNameIndex, Guid userId, DateTime now, IReadOnlyList<StoredPlace>? places = null)
    {
        MethodsOfControl = [.. facts.MethodsOfControl];
        ForcedLabourIndustry = facts.ForcedLabourIndustry;
        SexExploitationTypes = [.. facts.SexExploitationTypes];
        Places = [.. places ?? []];
        DataSharingConsent = facts.DataSharingConsent;
        Pseudonym = facts.Pseudonym.Trim();
        PseudonymSearch = SearchText.Normalise(Pseudonym);
        Sex = facts.Sex;
        BirthYear = facts.BirthYear;
        EstimatedAge = facts.EstimatedAge;
        AgeDisputed = facts.AgeDisputed;
        Nationality = facts.Nationality?.ToUpperInvariant();
        ExploitationForms = [.. facts.ExploitationForms];
        Departement = facts.Departement.ToUpperInvariant();
        RecruitmentMeans = facts.RecruitmentMeans;
        DetectedOn = facts.DetectedOn;
        ProtectedIdentity = protectedIdentity;
        LegalNameIndex = legalNameIndex;
        UpdatedAt = now;
        UpdatedBy = userId;
    }
}

/// <summary>
/// A place of recruitment, transit or exploitation as stored: the country, type and date in clear (statistics and
/// screening read them), the city encrypted like the identity (it may single a person out in a small town).
/// </summary>
public sealed record StoredPlace(TraffickingStage Stage, string? Country, string? ProtectedCity, PlaceType? Type, DateOnly? Date);
