using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Alerts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Notifications;

/// <summary>
/// Adds in-app notifications in the caller's save (its audit transaction), to the people an event concerns. A
/// notification carries the case reference and its kind only: its title is the kind's, never a name, so nothing
/// identifying reaches a list, a counter or the daily e-mail digest that lists them.
/// </summary>
public sealed class Notifier(PasserelleDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Adds one unread notification per recipient (each recipient once) and records how many were sent.</summary>
    public void Add(IReadOnlyCollection<Guid> recipients, AlertKind kind, Guid caseId, string reference, Guid? subjectId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var distinct = recipients.Distinct().ToList();
        foreach (var userId in distinct)
        {
            db.Alerts.Add(new Alert { UserId = userId, Kind = kind, CaseId = caseId, CaseReference = reference, SubjectId = subjectId, CreatedAt = now });
        }

        if (distinct.Count > 0)
        {
            audit.Record(AuditEventType.NotificationsSent, caseId, $"{reference} kind={ApiEnum.Name(kind)} recipients={distinct.Count}");
        }
    }

    /// <summary>A referral sent: the active case workers of the agency acting for the provider (none for a provider without one).</summary>
    public async Task ReferralSentAsync(Guid providerId, Guid caseId, string reference, Guid referralId, CancellationToken ct)
    {
        var recipients = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && (u.Role == Role.Screener || u.Role == Role.CaseManager)
                && db.Providers.Any(p => p.Id == providerId && p.AgencyId == u.AgencyId))
            .Select(u => u.Id).ToListAsync(ct);
        Add(recipients, AlertKind.ReferralReceived, caseId, reference, referralId);
    }

    /// <summary>A case put before a panel: each member, who must now give their own view.</summary>
    public void PanelRequested(IReadOnlyCollection<Guid> members, Guid caseId, string reference, Guid stepId) =>
        Add(members, AlertKind.PanelAssigned, caseId, reference, stepId);
}
