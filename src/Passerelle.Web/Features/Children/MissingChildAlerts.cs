using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Alerts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Children;

/// <summary>
/// The one place that decides who hears at once that a child went missing (DOMAIN.md section 6): the lead agency,
/// the police and gendarmerie of the case's département (and the detecting agency if it is one of them), and the
/// National Focal Point. Mail delivery, when wired, goes through <see cref="SendAsync"/> too.
/// </summary>
public sealed class MissingChildAlerts(PasserelleDbContext db, AuditTrail audit, TimeProvider clock)
{
    public static bool IsPolice(AgencyType type) => type is AgencyType.Police or AgencyType.Gendarmerie;

    /// <summary>Active case workers of those agencies, and the coordinators of the coordination agency (the Focal Point).</summary>
    public async Task<IReadOnlyList<Guid>> RecipientsAsync(Case missingChild, Guid? leadAgencyId, Guid? detectingPoliceId, CancellationToken ct)
    {
        var departement = missingChild.Departement;
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Agency!.IsActive)
            .Where(u => ((u.Role == Role.Screener || u.Role == Role.CaseManager)
                    && (u.AgencyId == leadAgencyId
                        || u.AgencyId == detectingPoliceId
                        || ((u.Agency!.Type == AgencyType.Police || u.Agency.Type == AgencyType.Gendarmerie) && u.Agency.Departement == departement)))
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

        episode.AlertedAt = clock.GetUtcNow().ToUniversalTime();
        audit.Record(AuditEventType.MissingChildAlertsSent, missingChild.Id, $"{missingChild.Reference} episode={episode.Id} recipients={recipients.Count}");
    }
}
