using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>The reasonable-grounds requests and decisions, read by the domain's <see cref="ReasonableGroundsFacts"/>.</summary>
public sealed class IdentificationFactsSource(PasserelleDbContext db) : IDeadlineFactsSource
{
    public async Task<DeadlineFacts> AddToAsync(DeadlineFacts facts, Guid caseId, CancellationToken ct)
    {
        var steps = await db.IdentificationSteps.AsNoTracking()
            .Where(s => s.CaseId == caseId && s.Stage == IdentificationStage.Rg)
            .Select(s => new { s.RequestedOn, s.Reconsideration, s.DecidedOn, s.Outcome })
            .ToListAsync(ct);
        return ReasonableGroundsFacts.Apply(facts, steps.Select(s => new RgStepFact(
            s.RequestedOn, s.Reconsideration, s.DecidedOn, s.Outcome is null ? null : s.Outcome == DecisionOutcome.Positive)));
    }
}
