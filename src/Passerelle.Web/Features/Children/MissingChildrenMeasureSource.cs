using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Children;

/// <summary>Children missing: a person with at least one missing episode reported, found or not.</summary>
public sealed class MissingChildrenMeasureSource : IStatisticsMeasureSource
{
    public async Task AddToAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, MeasureFacts facts, CancellationToken ct)
    {
        foreach (var caseId in await db.MissingEpisodes.AsNoTracking()
            .Where(e => caseIds.Contains(e.CaseId)).Select(e => e.CaseId).Distinct().ToListAsync(ct))
        {
            facts.Reach(caseId, Measure.ChildrenMissing);
        }
    }
}
