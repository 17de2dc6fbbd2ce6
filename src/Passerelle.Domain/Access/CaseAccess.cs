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

    /// <summary>Legal names, date of birth, phone, languages and notes: only for the agency that holds the case.</summary>
    public static bool SeesIdentifyingFields(Role role) => ScopeOf(role) == CaseScope.OwnAgency;

    public static bool CanReadAudit(Role role) => role == Role.Auditor;

    public static bool CanAdminister(Role role) => role == Role.Administrator;
}
