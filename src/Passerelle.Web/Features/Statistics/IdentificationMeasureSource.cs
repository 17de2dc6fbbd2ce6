using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Statistics;

/// <summary>Screened (a screening recorded), RG positive and CG positive (a positive panel decision).</summary>
public sealed class IdentificationMeasureSource : IStatisticsMeasureSource
{
    public async Task AddToAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, MeasureFacts facts, CancellationToken ct)
    {
        var screened = await db.CaseScreenings.AsNoTracking()
            .Where(s => caseIds.Contains(s.CaseId))
            .Select(s => s.CaseId)
            .Distinct()
            .ToListAsync(ct);
        foreach (var caseId in screened)
        {
            facts.Reach(caseId, Measure.Screened);
        }

        var positive = await db.IdentificationSteps.AsNoTracking()
            .Where(s => caseIds.Contains(s.CaseId) && s.Outcome == DecisionOutcome.Positive)
            .Select(s => new { s.CaseId, s.Stage })
            .ToListAsync(ct);
        foreach (var step in positive)
        {
            facts.Reach(step.CaseId, step.Stage == IdentificationStage.Rg ? Measure.RgPositive : Measure.CgPositive);
        }
    }
}
