using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Rights;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Rights;

/// <summary>
/// Fictional rights for some demo cases, dated from today so that the deadline dashboard shows overdue, this-week
/// and later deadlines. Runs once, on a demo database without rights.
/// </summary>
public static class DemoRights
{
    public static async Task SeedAsync(PasserelleDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        if (await db.CaseRights.AnyAsync(ct))
        {
            return;
        }

        var today = clock.Today();
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.ReferenceYear).ThenBy(c => c.ReferenceNumber)
            .Select(c => new { c.Id, c.Reference, c.DetectedOn, c.ExploitationForms }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < cases.Count; i += 4)
        {
            var c = cases[i];
            var variant = i / 4 % 5;

            // Receipts 40, 26 and 10 days ago: overdue, due this week, later. Never before the detection.
            var receipt = today.AddDays(variant switch { 0 => -40, 1 => -26, 2 => -10, 3 => -200, _ => -320 });
            if (receipt < c.DetectedOn)
            {
                continue;
            }

            db.CaseRights.Add(new CaseRights
            {
                CaseId = c.Id,
                PrefectureReceiptOn = receipt,
                ReflectionDecisionOn = variant >= 3 ? receipt.AddDays(20) : null,
                UpdatedAt = now,
            });
            if (variant >= 3)
            {
                db.ResidencePermits.Add(new ResidencePermit { CaseId = c.Id, Kind = PermitKind.First, IssuedOn = receipt.AddDays(25) });
            }

            // APS and exit pathway only for a prostitution case (CESEDA L.425-4, CASF L.121-9).
            var exitRights = RightsEligibility.ProstitutionExitRightsApply(c.ExploitationForms, []);
            if (variant >= 3 && exitRights)
            {
                db.ProvisionalAuthorisations.Add(new ProvisionalAuthorisation { CaseId = c.Id, GrantedOn = receipt.AddDays(1) });
            }

            if (variant == 4 && exitRights)
            {
                db.ExitPathwayApplications.Add(new ExitPathwayApplication { CaseId = c.Id, AppliedOn = today.AddDays(-15) });
            }

            audit.Record(AuditEventType.RightsUpdated, c.Id, $"{c.Reference} demo-seed");
        }

        await audit.CommitAsync(cancellationToken: ct);
    }
}
