using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Alerts;

public sealed record AlertView(Guid Id, AlertKind Kind, Guid CaseId, string CaseReference, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>The signed-in user's own alerts: nobody reads another user's.</summary>
public sealed class AlertInbox(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public const int Shown = 200;

    public async Task<IReadOnlyList<AlertView>> ListAsync(CancellationToken ct)
    {
        var userId = user.Id;
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.UserId == userId)
            .OrderByDescending(a => a.Id).Take(Shown)
            .Select(a => new AlertView(a.Id, a.Kind, a.CaseId, a.CaseReference, a.CreatedAt, a.ReadAt)).ToListAsync(ct);
        audit.Record(AuditEventType.AlertsViewed, details: $"count={alerts.Count}");
        await audit.CommitAsync(cancellationToken: ct);
        return alerts;
    }

    public Task<int> UnreadCountAsync(CancellationToken ct)
    {
        var userId = user.Id;
        return db.Alerts.CountAsync(a => a.UserId == userId && a.ReadAt == null, ct);
    }

    /// <summary>False when the alert is not the user's.</summary>
    public async Task<bool> MarkReadAsync(Guid alertId, CancellationToken ct)
    {
        var userId = user.Id;
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId && a.UserId == userId, ct);
        if (alert is null)
        {
            return false;
        }

        alert.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditEventType.AlertRead, alert.CaseId, $"{alert.CaseReference} alert={alert.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        return true;
    }
}
