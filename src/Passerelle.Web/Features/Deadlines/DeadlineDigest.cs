using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Mail;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Deadlines;

/// <param name="Sent">How many e-mails went out.</param>
public sealed record DigestReport(bool MailEnabled, int Sent);

/// <summary>
/// The daily e-mail to every active user with deadlines overdue or due this week in their scope (their agency's
/// cases and those their child-welfare agency leads, as <see cref="CaseScoping.VisibleTo(IQueryable{Case}, Domain.Access.Role, Guid)"/>
/// says; all cases for the coordinator), in their language. Case references only: never a name. It also tells each
/// panel member how many identification requests await their own view, with stage and dates only (no reference:
/// the case may belong to another agency), and lists the notifications of the last day still unread — kind and
/// case reference only, as in the application.
/// </summary>
public sealed class DeadlineDigest(
    PasserelleDbContext db, DeadlineBoard board, IMailSender mail, IStringLocalizer<Text> text, AuditTrail audit, TimeProvider clock,
    Identification.AwaitingViews awaitingViews)
{
    public async Task<DigestReport> SendAsync(CancellationToken ct)
    {
        if (!mail.IsEnabled)
        {
            return new DigestReport(false, 0);
        }

        var today = clock.Today();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Email != null && u.Agency!.IsActive)
            .Select(u => new { u.Id, u.Email, u.AgencyId, u.Role, u.Language })
            .ToListAsync(ct);
        var sent = 0;
        var awaitingByMember = await awaitingViews.ByMemberAsync(ct);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        // A panel's notification is left to the panel section, which names no case (the case may be another agency's).
        var unreadByUser = (await db.Alerts.AsNoTracking().Where(a => a.ReadAt == null && a.CreatedAt >= since && a.Kind != Alerts.AlertKind.PanelAssigned)
            .OrderBy(a => a.Id).Select(a => new { a.UserId, a.Kind, a.CaseReference }).ToListAsync(ct))
            .ToLookup(a => a.UserId, a => (a.Kind, a.CaseReference));
        foreach (var user in users.Where(u => CaseAccess.ScopeOf(u.Role) != CaseScope.None))
        {
            var cases = db.Cases.AsNoTracking().VisibleTo(user.Role, user.AgencyId);
            var overdue = await board.DueInScopeAsync(cases, DueFilter.Overdue, today, ct);
            var week = await board.DueInScopeAsync(cases, DueFilter.Week, today, ct);
            var awaiting = awaitingByMember[user.Id].ToList();
            var notifications = unreadByUser[user.Id].ToList();
            if (overdue.Count + week.Count + awaiting.Count + notifications.Count == 0)
            {
                continue;
            }

            await mail.SendAsync(Compose(user.Email!, user.Language, today, overdue, week, awaiting, notifications), ct);
            audit.RecordFor(AuditEventType.DeadlineDigestSent, user.Id, user.Email, user.AgencyId,
                $"overdue={overdue.Count} week={week.Count} awaiting={awaiting.Count} notifications={notifications.Count}");
            sent++;
        }

        await audit.CommitAsync(cancellationToken: ct);
        return new DigestReport(true, sent);
    }

    private MailMessage Compose(
        string to, string language, DateOnly today, IReadOnlyList<DeadlineView> overdue, IReadOnlyList<DeadlineView> week, IReadOnlyList<Identification.AwaitingView> awaiting,
        IReadOnlyList<(Alerts.AlertKind Kind, string Reference)> notifications)
    {
        var previous = CultureInfo.CurrentUICulture;
        var culture = LocalizationSetup.CultureOf(language);
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var body = new StringBuilder();
            body.AppendLine(text["Passerelle deadlines on {0}.", today.ToString("d", culture)]).AppendLine();
            Section(body, text["Overdue"], overdue, culture);
            Section(body, text["Due this week"], week, culture);
            PanelSection(body, awaiting, culture);
            NotificationSection(body, notifications);
            body.AppendLine(text["Case references only: open each case in Passerelle to see who it concerns."]);
            var subject = awaiting.Count == 0
                ? text["Passerelle: {0} overdue, {1} due this week.", overdue.Count, week.Count]
                : text["Passerelle: {0} overdue, {1} due this week, {2} panel decisions await your view.", overdue.Count, week.Count, awaiting.Count];
            return new MailMessage(to, subject, body.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private void Section(StringBuilder body, string title, IReadOnlyList<DeadlineView> deadlines, CultureInfo culture)
    {
        if (deadlines.Count == 0)
        {
            return;
        }

        body.AppendLine(title);
        foreach (var d in deadlines)
        {
            body.Append(CultureInfo.InvariantCulture, $"- {d.CaseReference} — {text[Labels.Of(d.Rule)]} — ")
                .AppendLine($"{text["Due on {0}.", d.DueOn.ToString("d", culture)]} ({DaysText.Of(text, d.DaysLeft)})");
        }

        body.AppendLine();
    }

    private void NotificationSection(StringBuilder body, IReadOnlyList<(Alerts.AlertKind Kind, string Reference)> notifications)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        body.AppendLine(text[Home.DayTexts.UnreadNotifications]);
        foreach (var (kind, reference) in notifications)
        {
            body.Append(CultureInfo.InvariantCulture, $"- {reference} — ").AppendLine(text[Labels.Of(kind)]);
        }

        body.AppendLine();
    }

    private void PanelSection(StringBuilder body, IReadOnlyList<Identification.AwaitingView> awaiting, CultureInfo culture)
    {
        if (awaiting.Count == 0)
        {
            return;
        }

        body.AppendLine(text["Identification panels: {0} decisions await your view. Open My pending decisions in Passerelle.", awaiting.Count]);
        foreach (var a in awaiting)
        {
            body.Append("- ").Append(a.Stage == Identification.IdentificationStage.Rg ? text["Reasonable grounds"] : text["Conclusive grounds"]).Append(" — ")
                .AppendLine(a.DueOn is { } due ? text["Due on {0}.", due.ToString("d", culture)]
                    : a.NotBefore is { } notBefore ? text["Not before {0}.", notBefore.ToString("d", culture)]
                    : text["Requested on {0}.", a.RequestedOn.ToString("d", culture)]);
        }

        body.AppendLine();
    }
}
