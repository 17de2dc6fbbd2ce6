using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Notifications;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Alerts;

public sealed record AlertView(Guid Id, AlertKind Kind, Guid CaseId, string CaseReference, DateTime CreatedAt, DateTime? ReadAt)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid? SubjectId { get; init; }
}

/// <summary>A notification as the API and the page list it: <paramref name="Title"/> in the user's language, the case reference only.</summary>
public sealed record NotificationView(Guid Id, AlertKind Kind, Guid CaseId, string Reference, string Title, string Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>The signed-in user's own alerts: nobody reads another user's.</summary>
public sealed class AlertInbox(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text)
{
    public const int Shown = 200;

    /// <summary>The user's alerts, newest first (the id is a version 7 GUID: time-ordered and unique).</summary>
    public async Task<PagedList<AlertView>> ListAsync(Paging paging, CancellationToken ct)
    {
        var userId = user.Id;
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.UserId == userId)
            .OrderByDescending(a => a.Id)
            .Select(a => new AlertView(a.Id, a.Kind, a.CaseId, a.CaseReference, a.CreatedAt, a.ReadAt) { SubjectId = a.SubjectId }).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.AlertsViewed, details: $"count={alerts.Items.Count}");
        await audit.CommitAsync(cancellationToken: ct);
        return alerts;
    }

    /// <summary>The same list with each kind's title in the user's language and where it leads.</summary>
    public async Task<PagedList<NotificationView>> NotificationsAsync(Paging paging, CancellationToken ct) =>
        (await ListAsync(paging, ct)).Select(a => new NotificationView(a.Id, a.Kind, a.CaseId, a.CaseReference, text[Labels.Of(a.Kind)],
            NotificationTexts.Link(a.Kind, a.CaseId, a.SubjectId), a.CreatedAt, a.ReadAt));

    /// <summary>Marks every unread notification of the user read; answers how many were.</summary>
    public async Task<int> MarkAllReadAsync(CancellationToken ct)
    {
        var userId = user.Id;
        var unread = await db.Alerts.Where(a => a.UserId == userId && a.ReadAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var alert in unread)
        {
            alert.ReadAt = now;
        }

        audit.Record(AuditEventType.NotificationsAllRead, details: $"count={unread.Count}");
        await audit.CommitAsync(cancellationToken: ct);
        return unread.Count;
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
