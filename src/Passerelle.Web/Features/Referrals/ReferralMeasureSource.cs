using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Referrals;

/// <summary>
/// Assisted: a referral a provider accepted (and possibly completed since). Sheltered: the same, for a service that
/// houses the person — a specialised shelter, emergency accommodation or a child-welfare placement.
/// </summary>
public sealed class ReferralMeasureSource : IStatisticsMeasureSource
{
    private static readonly ServiceType[] Housing =
        [ServiceType.SpecialisedShelter, ServiceType.EmergencyAccommodation, ServiceType.ChildWelfarePlacement];

    public async Task AddToAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, MeasureFacts facts, CancellationToken ct)
    {
        var accepted = await db.Referrals.AsNoTracking()
            .Where(r => caseIds.Contains(r.CaseId) && r.AcceptedOn != null)
            .Select(r => new { r.CaseId, r.Service })
            .ToListAsync(ct);
        foreach (var referral in accepted)
        {
            facts.Reach(referral.CaseId, Measure.Assisted);
            if (Housing.Contains(referral.Service))
            {
                facts.Reach(referral.CaseId, Measure.Sheltered);
            }
        }
    }
}
