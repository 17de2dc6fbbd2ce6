using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Alerts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Notifications;

/// <summary>
/// Once a day (before the e-mail digest) and after the demo seeding: notifies the case workers of the agency that
/// holds a case — and of the child-welfare agency leading it — when one of its open deadlines comes within a week of
/// its date, and again when it has passed. A deadline is notified once per state: the notification names the
/// deadline row, which a recomputation updates in place.
/// </summary>
public sealed class DeadlineNotifications(PasserelleDbContext db, Notifier notifier, AuditTrail audit, TimeProvider clock)
{
    /// <returns>How many notifications were added.</returns>
    public async Task<int> NotifyAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var weekEnd = today.AddDays(Deadline.WeekDays);
        var due = await db.CaseDeadlines.AsNoTracking()
            .Where(d => d.MetOn == null && d.DueOn < weekEnd)
            .Join(db.Cases.Where(c => c.ErasedAt == null), d => d.CaseId, c => c.Id,
                (d, c) => new { d.Id, d.CaseId, d.DueOn, c.Reference, c.AgencyId, LeadAgencyId = (Guid?)c.ChildProtection!.LeadAgencyId })
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var ids = due.Select(d => (Guid?)d.Id).ToList();
        var already = (await db.Alerts.AsNoTracking()
            .Where(a => (a.Kind == AlertKind.DeadlineDueSoon || a.Kind == AlertKind.DeadlineOverdue) && ids.Contains(a.SubjectId))
            .Select(a => new { a.UserId, a.Kind, a.SubjectId }).ToListAsync(ct))
            .Select(a => (a.UserId, a.Kind, a.SubjectId!.Value)).ToHashSet();
        var agencyIds = due.Select(d => d.AgencyId).Concat(due.Where(d => d.LeadAgencyId != null).Select(d => d.LeadAgencyId!.Value)).Distinct().ToList();
        var workers = (await db.Users.AsNoTracking()
            .Where(u => u.IsActive && agencyIds.Contains(u.AgencyId) && (u.Role == Role.Screener || u.Role == Role.CaseManager))
            .Select(u => new { u.Id, u.AgencyId }).ToListAsync(ct))
            .ToLookup(u => u.AgencyId, u => u.Id);
        var added = 0;
        foreach (var deadline in due)
        {
            var kind = deadline.DueOn < today ? AlertKind.DeadlineOverdue : AlertKind.DeadlineDueSoon;
            var recipients = workers[deadline.AgencyId].Concat(deadline.LeadAgencyId is { } lead ? workers[lead] : [])
                .Distinct().Where(userId => !already.Contains((userId, kind, deadline.Id))).ToList();
            notifier.Add(recipients, kind, deadline.CaseId, deadline.Reference, deadline.Id);
            added += recipients.Count;
        }

        await audit.CommitAsync(cancellationToken: ct);
        return added;
    }
}
