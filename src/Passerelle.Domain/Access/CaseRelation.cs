namespace Passerelle.Domain.Access;

/// <summary>
/// How a user stands to one case. Ordered from the weakest to the strongest: when several hold (a holding agency's
/// worker who also sits on the case's panel), the strongest decides.
/// </summary>
public enum CaseRelation
{
    None = 0,

    /// <summary>The national coordinator: every case, pseudonymised and read-only.</summary>
    Coordinator = 1,

    /// <summary>A worker of the agency acting for a provider of an active (sent or accepted) referral of the case.</summary>
    Provider = 2,

    /// <summary>A member of the case's identification panel while the decision is pending.</summary>
    PanelMember = 3,

    /// <summary>A worker of the child-welfare agency leading a child's case that another agency holds.</summary>
    LeadAgency = 4,

    /// <summary>A worker of the agency that registered and holds the case.</summary>
    HoldingAgency = 5,
}

/// <summary>What a user may do with a case.</summary>
public enum CaseOperation
{
    /// <summary>Read the case record and its screenings, without identifying fields.</summary>
    Read,

    /// <summary>Read the rest of the case's file: rights, deadlines, proceedings, child protection, referrals, linkage.</summary>
    ReadFile,

    /// <summary>Change the case's facts and its file.</summary>
    Update,

    /// <summary>Read the referred person as a referral shows it (sex, age, nationality, languages).</summary>
    ReadReferredPerson,
}

/// <summary>The identifying fields of a case: encrypted at rest, each readable and writable only as <see cref="CaseAccess"/> says.</summary>
[Flags]
public enum IdentifyingField
{
    None = 0,
    LegalName = 1,
    DateOfBirth = 2,
    Phone = 4,
    Languages = 8,
    Notes = 16,
    Address = 32,
    All = LegalName | DateOfBirth | Phone | Languages | Notes | Address,
}

/// <summary>What one role in one relation may do with a case: the operations and the identifying fields it reads and writes.</summary>
public sealed record CasePermissions(IReadOnlySet<CaseOperation> Operations, IdentifyingField Readable, IdentifyingField Writable)
{
    public static readonly CasePermissions Nothing = new(new HashSet<CaseOperation>(), IdentifyingField.None, IdentifyingField.None);

    public bool Allows(CaseOperation operation) => Operations.Contains(operation);

    public bool Reads(IdentifyingField field) => field != IdentifyingField.None && (Readable & field) == field;

    public bool Writes(IdentifyingField field) => field != IdentifyingField.None && (Writable & field) == field;
}
