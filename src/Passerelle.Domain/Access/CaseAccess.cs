namespace Passerelle.Domain.Access;

/// <summary>How far a role reaches into cases. The server enforces this table on every page and endpoint.</summary>
public enum CaseScope
{
    /// <summary>No case at all (statistician, auditor, administrator).</summary>
    None,

    /// <summary>The cases registered by the user's own agency.</summary>
    OwnAgency,

    /// <summary>Every case, read-only and pseudonymised (national coordinator).</summary>
    AllPseudonymised,
}

/// <summary>
/// The one place that decides what a user may do with a case, from their role and their relation to it. The web
/// application asks it through its authorization handler and its scoped case queries; nothing else decides.
/// </summary>
public static class CaseAccess
{
    public static CaseScope ScopeOf(Role role) => role switch
    {
        Role.Screener or Role.CaseManager => CaseScope.OwnAgency,
        Role.Coordinator => CaseScope.AllPseudonymised,
        Role.Statistician or Role.Auditor or Role.Administrator => CaseScope.None,
    };

    public static bool CanRead(Role role) => ScopeOf(role) != CaseScope.None;

    public static bool CanWrite(Role role) => ScopeOf(role) == CaseScope.OwnAgency;

    /// <summary>
    /// Whether the role may see identifying fields at all (of the cases its agency holds): search by legal name,
    /// identity sections. Which fields of which case is <see cref="Decide"/>'s answer.
    /// </summary>
    public static bool SeesIdentifyingFields(Role role) => ScopeOf(role) == CaseScope.OwnAgency;

    public static bool CanReadAudit(Role role) => role == Role.Auditor;

    public static bool CanAdminister(Role role) => role == Role.Administrator;

    /// <summary>
    /// The strongest relation a user has to a case. <paramref name="onPendingPanel"/>: the user sits on the panel of
    /// an identification step of the case that is not decided yet; <paramref name="activeProvider"/>: the user's
    /// agency acts for the provider of a sent or accepted referral of the case.
    /// </summary>
    public static CaseRelation RelationOf(
        Role role, Guid userAgencyId, Guid holdingAgencyId, Guid? leadAgencyId, bool onPendingPanel, bool activeProvider) =>
        ScopeOf(role) switch
        {
            CaseScope.AllPseudonymised => CaseRelation.Coordinator,
            CaseScope.None => CaseRelation.None,
            CaseScope.OwnAgency when holdingAgencyId == userAgencyId => CaseRelation.HoldingAgency,
            CaseScope.OwnAgency when leadAgencyId == userAgencyId => CaseRelation.LeadAgency,
            CaseScope.OwnAgency when onPendingPanel => CaseRelation.PanelMember,
            CaseScope.OwnAgency when activeProvider => CaseRelation.Provider,
            CaseScope.OwnAgency => CaseRelation.None,
        };

    private static readonly HashSet<CaseOperation> ReadUpdateRefer = [CaseOperation.Read, CaseOperation.ReadFile, CaseOperation.Update, CaseOperation.ReadReferredPerson];
    private static readonly HashSet<CaseOperation> ReadRefer = [CaseOperation.Read, CaseOperation.ReadFile, CaseOperation.ReadReferredPerson];
    private static readonly HashSet<CaseOperation> ReadOnly = [CaseOperation.Read];
    private static readonly HashSet<CaseOperation> ReferredOnly = [CaseOperation.ReadReferredPerson];

    /// <summary>
    /// The role table of the README, per relation. A field a user may not read is a field they may not write: saving
    /// without it leaves it as it was.
    /// </summary>
    public static CasePermissions Decide(Role role, CaseRelation relation) => relation switch
    {
        CaseRelation.HoldingAgency when CanWrite(role) => new(ReadUpdateRefer, IdentifyingField.All, IdentifyingField.All),
        // The lead child-welfare agency decides for the child but the identity stays with the agency that collected it.
        CaseRelation.LeadAgency when CanWrite(role) => new(ReadUpdateRefer, IdentifyingField.None, IdentifyingField.None),
        CaseRelation.PanelMember when CanWrite(role) => new(ReadOnly, IdentifyingField.None, IdentifyingField.None),
        // A shelter needs the languages to receive the person, and only while the referral is active.
        CaseRelation.Provider when CanRead(role) => new(ReferredOnly, IdentifyingField.Languages, IdentifyingField.None),
        CaseRelation.Coordinator when role == Role.Coordinator => new(ReadRefer, IdentifyingField.None, IdentifyingField.None),
        _ => CasePermissions.Nothing,
    };
}
