namespace Passerelle.Domain.Access;

/// <summary>What a user does in Passerelle. A user has exactly one role, in exactly one agency.</summary>
public enum Role
{
    Screener = 1,
    CaseManager = 2,
    Coordinator = 3,
    Statistician = 4,
    Auditor = 5,
    Administrator = 6,
}
