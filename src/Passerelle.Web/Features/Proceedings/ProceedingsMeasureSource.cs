using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Proceedings;

/// <summary>
/// Complaints filed, compensation claimed and granted (persons and euros), confiscations (euros), and the statistics
/// of legal qualification: the charges recorded, the prosecution brought and the conviction (see
/// <see cref="QualificationMeasures"/>; legal review requirement #9, OSCE report ¶31, ¶56–58).
/// </summary>
public sealed class ProceedingsMeasureSource : IStatisticsMeasureSource
{
    public async Task AddToAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, MeasureFacts facts, CancellationToken ct)
    {
        var proceedings = await db.CaseProceedings.AsNoTracking().Where(p => caseIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, Complaint = p.ComplaintFiledOn != null, p.OffencesCharged, p.Outcome }).ToListAsync(ct);
        foreach (var ofCase in proceedings)
        {
            if (ofCase.Complaint)
            {
                facts.Reach(ofCase.CaseId, Measure.Complaints);
            }

            foreach (var measure in QualificationMeasures.Of(ofCase.OffencesCharged, ofCase.Outcome))
            {
                facts.Reach(ofCase.CaseId, measure);
            }
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
