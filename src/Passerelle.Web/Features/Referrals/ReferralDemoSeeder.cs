using Microsoft.EntityFrameworkCore;
using Passerelle.DemoData;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Referrals;

/// <summary>Demo mode: a fictional services directory and a few referrals of the demo NGO's cases.</summary>
public sealed class ReferralDemoSeeder(PasserelleDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task EnsureAsync(Guid shelterAgencyId, Guid ngoAgencyId, CancellationToken ct)
    {
        if (await db.Providers.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var providers = DemoProviders.Directory.Select((p, index) => new Provider
        {
            Name = p.Name,
            Services = [.. p.Services],
            Departement = p.Departement,
            Languages = [.. p.Languages],
            AcceptsAdults = p.Adults,
            AcceptsChildren = p.Children,
            AcceptedSexes = [.. p.Sexes],
            PlacesTotal = p.Total,
            PlacesOccupied = p.Occupied,
            AgencyId = index == 0 ? shelterAgencyId : null,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Providers.AddRange(providers);

        var ngoUser = await db.Users.AsNoTracking().Where(u => u.AgencyId == ngoAgencyId).OrderBy(u => u.Email).Select(u => u.Id).FirstAsync(ct);
        var cases = await db.Cases.AsNoTracking().Where(c => c.AgencyId == ngoAgencyId).OrderBy(c => c.ReferenceYear).ThenBy(c => c.ReferenceNumber).ToListAsync(ct);
        var adults = cases.Where(c => !c.AgeDisputed && c.BirthYear is { } year && today.Year - year > 25).ToList();
        var women = adults.Where(c => c.Sex == Sex.Female).ToList();
        var consent = new InformedConsent(today, "fr", "Travailleuse sociale Démo");
        if (women.Count > 0)
        {
            Add(Referral.Send(ServiceType.SpecialisedShelter, Population.Adult, today, consent), women[0], providers[0]);
        }

        if (adults.Count > 1)
        {
            var legal = Referral.Send(ServiceType.LegalAid, Population.Adult, today, consent);
            legal.Accept(providers[6].Capacity, today);
            providers[6].PlacesOccupied++;
            Add(legal, adults[1], providers[6]);
        }

        if (adults.Count > 2)
        {
            var medical = Referral.Send(ServiceType.Medical, Population.Adult, today, consent);
            medical.Accept(providers[4].Capacity, today);
            providers[4].PlacesOccupied++;
            medical.Complete(providers[4].Capacity, today);
            providers[4].PlacesOccupied--;
            Add(medical, adults[2], providers[4]);
        }

        foreach (var provider in providers)
        {
            db.CapacityReports.Add(new CapacityReport
            {
                ProviderId = provider.Id,
                PlacesTotal = provider.PlacesTotal,
                PlacesOccupied = provider.PlacesOccupied,
                ReportedAt = now,
                ReportedBy = ngoUser,
            });
        }

        audit.Record(AuditEventType.ProviderCreated, details: $"demo-seed providers={providers.Count}");
        await audit.CommitAsync(cancellationToken: ct);

        void Add(Referral referral, Cases.Case referred, Provider provider)
        {
            var stored = CaseReferral.From(referral, referred.Id, provider.Id, ngoUser, ngoAgencyId, null, now);
            db.Referrals.Add(stored);
            audit.Record(AuditEventType.ReferralSent, referred.Id, $"{referred.Reference} referral={stored.Id} demo-seed");
        }
    }
}
