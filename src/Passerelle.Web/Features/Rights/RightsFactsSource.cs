using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Rights;

public sealed class RightsFactsSource(PasserelleDbContext db) : IDeadlineFactsSource
{
    public async Task<DeadlineFacts> AddToAsync(DeadlineFacts facts, Guid caseId, CancellationToken ct)
    {
        var rights = await db.CaseRights.AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == caseId, ct);
        var allPermits = await db.ResidencePermits.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(ct);

        // A resident card (ten years) ends the temporary permits' renewals: only a temporary permit issued after it still counts.
        var residentCardOn = allPermits.Where(p => p.Kind == PermitKind.ResidentCard).Select(p => (DateOnly?)p.IssuedOn).Max();
        var permits = allPermits.Where(p => p.Kind != PermitKind.ResidentCard && (residentCardOn is null || p.IssuedOn > residentCardOn))
            .Select(p => new ResidencePermitFact(p.IssuedOn, p.ValidUntil, p.RenewalRequestedOn)).ToList();
        var aps = await db.ProvisionalAuthorisations.AsNoTracking().Where(a => a.CaseId == caseId)
            .Select(a => new ProvisionalAuthorisationFact(a.GrantedOn, a.ValidUntil, a.RenewalRequestedOn)).ToListAsync(ct);
        var exits = await db.ExitPathwayApplications.AsNoTracking().Where(a => a.CaseId == caseId)
            .Select(a => new ExitPathwayApplicationFact(a.AppliedOn, a.DecidedOn, a.Authorised == true)).ToListAsync(ct);
        return facts with
        {
            PrefectureReceiptOn = rights?.PrefectureReceiptOn,
            PrefectureReceiptWithdrawnOn = rights?.PrefectureReceiptWithdrawnOn,
            ReflectionDecisionOn = rights?.ReflectionDecisionOn,
            ResidencePermits = [.. facts.ResidencePermits, .. permits],
            ProvisionalAuthorisations = [.. facts.ProvisionalAuthorisations, .. aps],
            ExitPathwayApplications = [.. facts.ExitPathwayApplications, .. exits],
        };
    }
}
