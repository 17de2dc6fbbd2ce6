using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Proceedings;

/// <summary>The final criminal decision and the first CIVI claim, which set the CIVI's one-year limit.</summary>
public sealed class ProceedingsFactsSource(PasserelleDbContext db) : IDeadlineFactsSource
{
    public async Task<DeadlineFacts> AddToAsync(DeadlineFacts facts, Guid caseId, CancellationToken ct)
    {
        var record = await db.CaseProceedings.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        var claims = await db.CompensationClaims.AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync(ct);
        return ProceedingsMapping.ToDomain(record, [], claims).ApplyTo(facts);
    }
}
