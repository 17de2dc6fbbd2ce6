using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// Reads stored deadlines: one case's, or the open ones overdue or due this week across the user's scope (their
/// agency; every agency for the coordinator, who sees case references only, as everywhere).
/// </summary>
public sealed class DeadlineBoard(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public async Task<PagedList<DeadlineView>?> ForCaseAsync(Guid caseId, Paging paging, CancellationToken ct)
    {
        var reference = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(ct);
        if (reference is null)
        {
            return null;
        }

        var rows = await db.CaseDeadlines.AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderBy(d => d.DueOn).ThenBy(d => d.Rule).ThenBy(d => d.Id).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.DeadlinesViewed, caseId);
        await audit.CommitAsync(cancellationToken: ct);
        var today = Today;
        return rows.Select(r => View(r, reference, today));
    }

    public async Task<PagedList<DeadlineView>> DueAsync(DueFilter filter, Paging paging, CancellationToken ct)
    {
        var views = await DueInScopeAsync(db.Cases.AsNoTracking().VisibleTo(user), filter, Today, paging, ct);
        audit.Record(AuditEventType.DeadlinesListed, details: $"due={Platform.Http.ApiEnum.Name(filter)} count={views.Total}");
        await audit.CommitAsync(cancellationToken: ct);
        return views;
    }

    /// <summary>The open deadlines of <paramref name="cases"/> matching <paramref name="filter"/> on <paramref name="today"/>, soonest first.</summary>
    public async Task<IReadOnlyList<DeadlineView>> DueInScopeAsync(IQueryable<Case> cases, DueFilter filter, DateOnly today, CancellationToken ct) =>
        (await DueInScopeAsync(cases, filter, today, Paging.All, ct)).Items;

    private async Task<PagedList<DeadlineView>> DueInScopeAsync(IQueryable<Case> cases, DueFilter filter, DateOnly today, Paging paging, CancellationToken ct)
    {
        var weekEnd = today.AddDays(Deadline.WeekDays);
        var open = db.CaseDeadlines.AsNoTracking().Where(d => d.MetOn == null);
        open = filter == DueFilter.Overdue ? open.Where(d => d.DueOn < today) : open.Where(d => d.DueOn >= today && d.DueOn < weekEnd);
        var rows = await open.Join(cases, d => d.CaseId, c => c.Id, (d, c) => new { Deadline = d, c.Reference })
            .OrderBy(r => r.Deadline.DueOn).ThenBy(r => r.Reference).ThenBy(r => r.Deadline.Id).ToPageAsync(paging, ct);
        return rows.Select(r => View(r.Deadline, r.Reference, today));
    }

    public static bool IsNational(CurrentUser user) => CaseAccess.ScopeOf(user.Role) == CaseScope.AllPseudonymised;

    private static DeadlineView View(CaseDeadline row, string caseReference, DateOnly today)
    {
        var deadline = row.ToDomain();
        return new DeadlineView(row.CaseId, caseReference, row.Rule, deadline.Reference, row.From, row.DueOn, row.MetOn,
            deadline.StatusOn(today), row.DueOn.DayNumber - today.DayNumber);
    }
}
