using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Children;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.FocalPoint;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Children;

/// <summary>
/// Demo mode: child protection for a few child cases of the demo child-welfare agency, one child still missing
/// (with its alerts), and Focal Point enquiries from fictional foreign authorities. Runs once.
/// </summary>
public sealed class ChildrenDemoSeeder(PasserelleDbContext db, CaseIdentityProtector protector, MissingChildAlerts alerts, AuditTrail audit, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.ChildProtectionRecords.AnyAsync(ct) || await db.Enquiries.AnyAsync(ct))
        {
            return;
        }

        var today = clock.Today();
        var childWelfare = await db.Agencies.AsNoTracking().Where(a => a.Type == AgencyType.ChildWelfare).OrderBy(a => a.Name).FirstOrDefaultAsync(ct);
        var coordinator = await db.Users.AsNoTracking().Where(u => u.Role == Domain.Access.Role.Coordinator).Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (childWelfare is null)
        {
            return;
        }

        var youngest = today.Year - 16;
        var children = await db.Cases.Where(c => c.AgencyId == childWelfare.Id && (c.AgeDisputed || c.BirthYear >= youngest))
            .OrderByDescending(c => c.DetectedOn).Take(4).ToListAsync(ct);
        foreach (var (child, index) in children.Select((c, i) => (c, i)))
        {
            var record = new ChildProtectionRecord
            {
                CaseId = child.Id,
                LeadAgencyId = childWelfare.Id,
                GuardianKind = index % 2 == 0 ? GuardianKind.AdHocAdministrator : GuardianKind.ChildWelfareService,
                ProtectedGuardianName = protector.ProtectText(index % 2 == 0 ? "Maître Exemple Démo (fictif)" : "Service ASE Démo (fictif)"),
                GuardianAppointedOn = child.DetectedOn.AddDays(7),
            };
            db.ChildProtectionRecords.Add(record);
            if (child.AgeDisputed)
            {
                db.AgeAssessments.Add(new AgeAssessmentRecord
                {
                    CaseId = child.Id,
                    On = child.DetectedOn.AddDays(10),
                    Method = AgeAssessmentMethod.SocialEvaluation,
                    Result = AgeAssessmentResult.Minor,
                    AssessedBy = "Évaluation ASE Démo (fictive)",
                });
            }

            if (index == 1)
            {
                db.BestInterestsDeterminations.Add(new BestInterestsRecord
                {
                    CaseId = child.Id,
                    On = child.DetectedOn.AddDays(30),
                    ProtectedParticipants = protector.ProtectText("Éducateur ASE Démo\nAdministrateur ad hoc Démo\nL'enfant")!,
                    ProtectedConclusion = protector.ProtectText("Intégration en France recommandée (texte fictif de démonstration).")!,
                });
                record.SolutionType = DurableSolutionType.Integration;
                record.SolutionDecidedOn = child.DetectedOn.AddDays(31);
            }

            if (index == 0)
            {
                var reportedAt = clock.GetUtcNow().ToUniversalTime().AddHours(-20);
                var episode = MissingEpisodeRecord.From(child.Id, MissingEpisode.Report(reportedAt, "Hôtel Démo, Saint-Fictif (fictif)", "Veilleur de nuit Démo"), Guid.Empty, null);
                db.MissingEpisodes.Add(episode);
                await alerts.SendAsync(child, childWelfare.Id, episode, ct);
            }

            audit.Record(AuditEventType.ChildLeadAgencySet, child.Id, $"{child.Reference} demo-seed");
        }

        var enquiries = new (string Country, string Authority, int DaysAgo, int? RequestedIn, string Subject, bool Answered)[]
        {
            ("RO", "Agenția Demo pentru Protecția Copilului (fictive)", 40, null, "Demande de nouvelles d'un mineur signalé en France (fictif).", true),
            ("NG", "Demo National Agency for the Prohibition of Trafficking (fictitious)", 35, null, "Request for family tracing of a child (fictitious).", false),
            ("BE", "Service Démo de la Tutelle (fictif)", 5, 10, "Vérification d'une mesure de tutelle (fictif).", false),
            ("ES", "Fiscalía de Menores Demo (ficticia)", 2, null, "Consulta sobre un menor no acompañado (ficticia).", false),
        };
        foreach (var sample in enquiries)
        {
            var receivedOn = today.AddDays(-sample.DaysAgo);
            var received = FocalPointEnquiry.Receive(sample.Country, sample.Authority, receivedOn, sample.Subject, requestedBy: sample.RequestedIn is { } days ? receivedOn.AddDays(days) : null);
            var enquiry = new Enquiry
            {
                Country = received.Country,
                Authority = received.Authority,
                ReceivedOn = receivedOn,
                RequestedBy = received.RequestedBy,
                DueOn = received.DueOn,
                ProtectedSubject = protector.ProtectText(received.Subject)!,
                ReceivedBy = coordinator,
                LinkedCaseId = sample.Country == "RO" ? children.FirstOrDefault()?.Id : null,
            };
            if (sample.Answered)
            {
                enquiry.AnsweredOn = receivedOn.AddDays(12);
                enquiry.ProtectedAnswer = protector.ProtectText("Réponse transmise par le Point focal national (texte fictif).");
                enquiry.AnsweredBy = coordinator;
            }

            db.Enquiries.Add(enquiry);
            audit.Record(AuditEventType.EnquiryReceived, enquiry.LinkedCaseId, $"{EnquiryReference.Of(enquiry)} demo-seed");
        }

        await audit.CommitAsync(cancellationToken: ct);
    }
}
