using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>The reasonable-grounds request and decision: the latest one, a reconsideration replacing the first.</summary>
public sealed class IdentificationFactsSource(PasserelleDbContext db) : IDeadlineFactsSource
{
    public async Task<DeadlineFacts> AddToAsync(DeadlineFacts facts, Guid caseId, CancellationToken ct)
    {
        var steps = await db.IdentificationSteps.AsNoTracking()
            .Where(s => s.CaseId == caseId && s.Stage == IdentificationStage.Rg)
            .Select(s => new { s.RequestedOn, s.Reconsideration, s.DecidedOn, s.Outcome })
            .ToListAsync(ct);
        var latest = steps.OrderBy(s => s.RequestedOn).ThenBy(s => s.Reconsideration).LastOrDefault();
        if (latest is null)
        {
            return facts;
        }

        // A positive decision, even if later reconsidered, is what opened the reflection period.
        var positive = steps.Where(s => s.Outcome == DecisionOutcome.Positive).Select(s => s.DecidedOn).FirstOrDefault();
        return facts with
        {
            RgRequestedOn = latest.RequestedOn,
            RgDecidedOn = positive ?? latest.DecidedOn,
            RgPositive = positive is not null,
        };
    }
}
