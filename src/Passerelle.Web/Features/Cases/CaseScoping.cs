using Passerelle.Domain.Access;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

/// <summary>
/// The scoped entry point of every case query made for a user: <see cref="CasesFor"/>. The predicate is derived
/// from <see cref="CaseAccess.Decide"/> relation by relation, so the list a user gets and the single case they may
/// open never disagree. Anything outside answers 404, as if it did not exist. A query over all cases is for
/// system work only (linkage, statistics, seeding, the refused-access audit's existence check).
/// </summary>
public static class CaseScoping
{
    /// <summary>The cases on which <paramref name="user"/> may perform <paramref name="operation"/>.</summary>
    public static IQueryable<Case> CasesFor(this PasserelleDbContext db, CurrentUser user, CaseOperation operation) =>
        Where(db.Cases, user.Role, user.AgencyId, user.Id, db.IdentificationSteps, operation);

    /// <summary>The case file (<see cref="CaseOperation.ReadFile"/>): the agency's cases and those its child-welfare agency leads, or all of them for the coordinator.</summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, CurrentUser user) =>
        Where(cases, user.Role, user.AgencyId, Guid.Empty, null, CaseOperation.ReadFile);

    /// <summary>
    /// The same scope for a user who is not the one signed in (the daily digest goes to every user): one predicate,
    /// so what a user is mailed about is exactly what their dashboard shows.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, Role role, Guid agencyId) =>
        Where(cases, role, agencyId, Guid.Empty, null, CaseOperation.ReadFile);

    /// <summary>
    /// What the user may read (<see cref="CaseOperation.Read"/>): <see cref="VisibleTo(IQueryable{Case}, CurrentUser)"/>,
    /// plus — read-only and pseudonymised — the cases before an identification panel they sit on, while it is pending.
    /// </summary>
    public static IQueryable<Case> ReadableBy(this IQueryable<Case> cases, CurrentUser user, IQueryable<IdentificationStep> steps) =>
        Where(cases, user.Role, user.AgencyId, user.Id, steps, CaseOperation.Read);

    private static IQueryable<Case> Where(
        IQueryable<Case> cases, Role role, Guid agencyId, Guid userId, IQueryable<IdentificationStep>? steps, CaseOperation operation) =>
        // An erased case (end of its retention, Features/Retention) keeps its record (reference, closure) but has no
        // file any more: every operation but reading the record answers as for an unknown case, writes included.
        operation == CaseOperation.Read
            ? Related(cases, role, agencyId, userId, steps, operation)
            : Related(cases, role, agencyId, userId, steps, operation).Where(c => c.ErasedAt == null);

    private static IQueryable<Case> Related(
        IQueryable<Case> cases, Role role, Guid agencyId, Guid userId, IQueryable<IdentificationStep>? steps, CaseOperation operation)
    {
        bool Allowed(CaseRelation relation) => CaseAccess.Decide(role, relation).Allows(operation);
        if (Allowed(CaseRelation.Coordinator))
        {
            return cases;
        }

        var holding = Allowed(CaseRelation.HoldingAgency);
        var lead = Allowed(CaseRelation.LeadAgency);
        if (steps is not null && Allowed(CaseRelation.PanelMember))
        {
            return cases.Where(c => (holding && c.AgencyId == agencyId) || (lead && c.ChildProtection!.LeadAgencyId == agencyId)
                || steps.Any(s => s.CaseId == c.Id && s.Outcome == null && s.PanelMemberIds.Contains(userId)));
        }

        if (!holding && !lead)
        {
            return cases.Where(c => false);
        }

        return cases.Where(c => (holding && c.AgencyId == agencyId) || (lead && c.ChildProtection!.LeadAgencyId == agencyId));
    }
}
