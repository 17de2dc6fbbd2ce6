using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Alerts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Mail;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Children;

/// <summary>
/// The one place that decides who hears at once that a child went missing (DOMAIN.md section 6): the lead agency —
/// or, when no child-welfare agency leads the case, every child-welfare agency of the case's département — the police
/// and gendarmerie of the case's département (and the detecting agency if it is one of them), and the National Focal Point. Each of them gets an in-app alert in the same save, then an e-mail once it is committed.
/// </summary>
public sealed class MissingChildAlerts(
    PasserelleDbContext db, AuditTrail audit, TimeProvider clock, IMailSender mail, ILogger<MissingChildAlerts> logger)
{
    private readonly List<(Guid UserId, string CaseReference)> unmailed = [];

    public static bool IsPolice(AgencyType type) => type is AgencyType.Police or AgencyType.Gendarmerie;

    /// <summary>Active case workers of those agencies, and the coordinators of the coordination agency (the Focal Point).</summary>
    /// <param name="leadAgencyId">The lead as <see cref="Domain.Children.ChildProtection.LeadOf"/> gives it; null when none.</param>
    public async Task<IReadOnlyList<Guid>> RecipientsAsync(Case missingChild, Guid? leadAgencyId, Guid? detectingPoliceId, CancellationToken ct)
    {
        var departement = missingChild.Departement;
        var noLead = leadAgencyId is null;
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Agency!.IsActive)
            .Where(u => ((u.Role == Role.Screener || u.Role == Role.CaseManager)
                    && (u.AgencyId == leadAgencyId
                        || u.AgencyId == detectingPoliceId
                        || ((u.Agency!.Type == AgencyType.Police || u.Agency.Type == AgencyType.Gendarmerie) && u.Agency.Departement == departement)
                        || (noLead && u.Agency!.Type == AgencyType.ChildWelfare && u.Agency.Departement == departement)))
                || (u.Role == Role.Coordinator && u.Agency!.Type == AgencyType.Coordinator))
            .Select(u => u.Id)
            .ToListAsync(ct);
    }

    /// <summary>Adds one unread alert per recipient, carrying the case reference only, in the caller's save.</summary>
    public async Task SendAsync(Case missingChild, Guid? leadAgencyId, MissingEpisodeRecord episode, CancellationToken ct)
    {
        var recipients = await RecipientsAsync(missingChild, leadAgencyId, episode.DetectingAgencyId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var userId in recipients)
        {
            db.Alerts.Add(new Alert
            {
                UserId = userId,
                Kind = AlertKind.MissingChild,
                CaseId = missingChild.Id,
                CaseReference = missingChild.Reference,
                SubjectId = episode.Id,
                CreatedAt = now,
            });
        }

        unmailed.AddRange(recipients.Select(userId => (userId, missingChild.Reference)));
        episode.AlertedAt = clock.GetUtcNow().ToUniversalTime();
        audit.Record(AuditEventType.MissingChildAlertsSent, missingChild.Id, $"{missingChild.Reference} episode={episode.Id} recipients={recipients.Count}");
    }

    /// <summary>
    /// E-mails the alerts <see cref="SendAsync"/> added, once the save that stored them is committed. The mail says
    /// only that a child of a case reference is missing: names and places stay in Passerelle. A failed delivery is
    /// logged and does not undo anything: the in-app alert is already there.
    /// </summary>
    public async Task MailAsync(CancellationToken ct)
    {
        var pending = unmailed.ToList();
        unmailed.Clear();
        if (!mail.IsEnabled || pending.Count == 0)
        {
            return;
        }

        var ids = pending.Select(p => p.UserId).ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.Language })
            .ToDictionaryAsync(u => u.Id, ct);
        foreach (var (userId, reference) in pending)
        {
            if (!users.TryGetValue(userId, out var user))
            {
                continue;
            }

            try
            {
                await mail.SendAsync(Message(user.Email!, user.Language, reference), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The missing-child alert for {Reference} could not be mailed to user {UserId}", reference, userId);
            }
        }
    }

    private static MailMessage Message(string to, string language, string reference) => language == "en"
        ? new(to, $"Passerelle: missing child — {reference}",
            $"A child followed in case {reference} has been reported missing.\n\nOpen the case in Passerelle to see the episode and act now.")
        : new(to, $"Passerelle : enfant disparu — {reference}",
            $"Un enfant suivi dans le dossier {reference} a été signalé disparu.\n\nOuvrez le dossier dans Passerelle pour voir l'épisode et agir sans délai.");
}
