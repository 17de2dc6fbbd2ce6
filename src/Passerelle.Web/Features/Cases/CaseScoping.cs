using Passerelle.Domain.Access;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

public static class CaseScoping
{
    /// <summary>
    /// The cases this user may see and, for case workers, change: their agency's and those their child-welfare agency
    /// leads, or all of them pseudonymised for the coordinator. Anything outside answers 404, as if it did not exist.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, CurrentUser user) =>
        cases.VisibleTo(user.Role, CaseAccess.ScopeOf(user.Role) == CaseScope.OwnAgency ? user.AgencyId : Guid.Empty);

    /// <summary>
    /// The same scope for a user who is not the one signed in (the daily digest goes to every user): one predicate,
    /// so what a user is mailed about is exactly what their dashboard shows.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, Role role, Guid agencyId) =>
        CaseAccess.ScopeOf(role) switch
        {
            CaseScope.OwnAgency => cases.Where(c => c.AgencyId == agencyId || c.ChildProtection!.LeadAgencyId == agencyId),
            CaseScope.AllPseudonymised => cases,
            CaseScope.None => cases.Where(c => false),
        };

    /// <summary>
    /// What the user may read: <see cref="VisibleTo"/>, plus — read-only and pseudonymised — the cases before an
    /// identification panel they sit on, for as long as the decision is pending.
    /// </summary>
    public static IQueryable<Case> ReadableBy(this IQueryable<Case> cases, CurrentUser user, IQueryable<IdentificationStep> steps)
    {
        if (CaseAccess.ScopeOf(user.Role) != CaseScope.OwnAgency)
        {
            return cases.VisibleTo(user);
        }

        var userId = user.Id;
        var agencyId = user.AgencyId;
        return cases.Where(c => c.AgencyId == agencyId || c.ChildProtection!.LeadAgencyId == agencyId
            || steps.Any(s => s.CaseId == c.Id && s.Outcome == null && s.PanelMemberIds.Contains(userId)));
    }
}
