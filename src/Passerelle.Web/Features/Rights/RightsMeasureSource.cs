using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Rights;

/// <summary>
/// Reflection periods granted (the prefecture's receipt), residence permits (any, first, renewal — a resident card
/// counts as a permit but neither as a first temporary permit nor as its renewal), APS, and exit-pathway entries
/// (an application the prefect authorised).
/// </summary>
public sealed class RightsMeasureSource : IStatisticsMeasureSource
{
    public async Task AddToAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, MeasureFacts facts, CancellationToken ct)
    {
        var receipts = await db.CaseRights.AsNoTracking()
            .Where(r => caseIds.Contains(r.CaseId) && r.PrefectureReceiptOn != null)
            .Select(r => r.CaseId)
            .ToListAsync(ct);
        foreach (var caseId in receipts)
        {
            facts.Reach(caseId, Measure.ReflectionPeriods);
        }

        var permits = await db.ResidencePermits.AsNoTracking()
            .Where(p => caseIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.Kind })
            .ToListAsync(ct);
        foreach (var permit in permits)
        {
            facts.Reach(permit.CaseId, Measure.ResidencePermits);
            if (permit.Kind == PermitKind.First)
            {
                facts.Reach(permit.CaseId, Measure.ResidencePermitsFirst);
            }
            else if (permit.Kind == PermitKind.Renewal)
            {
                facts.Reach(permit.CaseId, Measure.ResidencePermitsRenewal);
            }
        }

        foreach (var caseId in await db.ProvisionalAuthorisations.AsNoTracking()
            .Where(a => caseIds.Contains(a.CaseId)).Select(a => a.CaseId).Distinct().ToListAsync(ct))
        {
            facts.Reach(caseId, Measure.Aps);
        }

        foreach (var caseId in await db.ExitPathwayApplications.AsNoTracking()
            .Where(a => caseIds.Contains(a.CaseId) && a.Authorised == true).Select(a => a.CaseId).Distinct().ToListAsync(ct))
        {
            facts.Reach(caseId, Measure.ExitPathway);
        }
    }
}
