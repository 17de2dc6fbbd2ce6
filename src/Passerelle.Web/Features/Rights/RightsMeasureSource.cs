using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Rights;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Rights;

/// <summary>
/// Reflection periods granted (the prefecture's receipt), residence permits (any, first, renewal — a resident card
/// counts as a permit but neither as a first temporary permit nor as its renewal), APS, and exit-pathway entries
/// (an application the prefect authorised), the last two only for a prostitution case (CESEDA L.425-4, CASF L.121-9).
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

        var aps = await db.ProvisionalAuthorisations.AsNoTracking()
            .Where(a => caseIds.Contains(a.CaseId)).Select(a => a.CaseId).Distinct().ToListAsync(ct);
        var exits = await db.ExitPathwayApplications.AsNoTracking()
            .Where(a => caseIds.Contains(a.CaseId) && a.Authorised == true).Select(a => a.CaseId).Distinct().ToListAsync(ct);

        // CESEDA L.425-4 and CASF L.121-9 (legal review D12): only a prostitution case counts, even if a row was
        // entered before the rule or the case's forms changed since.
        var open = await ProstitutionCasesAsync(db, [.. aps.Union(exits)], facts, ct);
        foreach (var caseId in aps.Where(open.Contains))
        {
            facts.Reach(caseId, Measure.Aps);
        }

        foreach (var caseId in exits.Where(open.Contains))
        {
            facts.Reach(caseId, Measure.ExitPathway);
        }
    }

    private static async Task<HashSet<Guid>> ProstitutionCasesAsync(PasserelleDbContext db, List<Guid> caseIds, MeasureFacts facts, CancellationToken ct)
    {
        var offences = await db.CaseProceedings.AsNoTracking().Where(p => caseIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.OffencesCharged }).ToDictionaryAsync(p => p.CaseId, p => p.OffencesCharged, ct);
        return [.. caseIds.Where(id => RightsEligibility.ProstitutionExitRightsApply(facts.ExploitationFormsOf(id), offences.GetValueOrDefault(id) ?? []))];
    }
}
