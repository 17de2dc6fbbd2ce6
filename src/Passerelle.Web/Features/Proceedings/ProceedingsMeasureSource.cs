using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Proceedings;

/// <summary>Complaints filed, compensation claimed and granted (persons and euros), and confiscations (euros).</summary>
public sealed class ProceedingsMeasureSource : IStatisticsMeasureSource
{
    public async Task AddToAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, MeasureFacts facts, CancellationToken ct)
    {
        foreach (var caseId in await db.CaseProceedings.AsNoTracking()
            .Where(p => caseIds.Contains(p.CaseId) && p.ComplaintFiledOn != null).Select(p => p.CaseId).ToListAsync(ct))
        {
            facts.Reach(caseId, Measure.Complaints);
        }

        var claims = await db.CompensationClaims.AsNoTracking().Where(c => caseIds.Contains(c.CaseId))
            .Select(c => new { c.CaseId, c.AmountClaimed, c.AmountGranted }).ToListAsync(ct);
        foreach (var claim in claims)
        {
            facts.Reach(claim.CaseId, Measure.CompensationClaimed);
            facts.Add(claim.CaseId, Measure.CompensationClaimedAmount, claim.AmountClaimed);
            if (claim.AmountGranted is { } granted && granted > 0)
            {
                facts.Reach(claim.CaseId, Measure.CompensationGranted);
                facts.Add(claim.CaseId, Measure.CompensationGrantedAmount, granted);
            }
        }

        var confiscations = await db.ProceedingsConfiscations.AsNoTracking().Where(c => caseIds.Contains(c.CaseId))
            .Select(c => new { c.CaseId, c.Amount }).ToListAsync(ct);
        foreach (var confiscation in confiscations)
        {
            facts.Add(confiscation.CaseId, Measure.Confiscations, confiscation.Amount);
        }
    }
}
