using Microsoft.EntityFrameworkCore;
using Passerelle.Domain;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Referrals;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Referrals;

/// <summary>
/// The services directory: administrators and the coordinator keep providers; the provider's own users report
/// their capacity, every report kept with who and when.
/// </summary>
public sealed class ProviderDirectory(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool CanManage => user.IsSignedIn && user.Role is Role.Administrator or Role.Coordinator;

    public bool ActsFor(Provider provider) => ActsFor(provider.AgencyId);

    public bool ActsFor(ProviderView provider) => ActsFor(provider.AgencyId);

    private bool ActsFor(Guid? agencyId) => CanManage || (user.IsSignedIn && agencyId is { } id && id == user.AgencyId);

    /// <summary>The matching providers, those with the most free places first (<see cref="ProviderSearch"/>).</summary>
    /// <remarks>
    /// The match is the domain's (<see cref="ProviderSearch.Matches"/>: service, population, sex, capacity), computed in
    /// memory over the directory's providers of the département, then paged: a directory of services is a catalogue,
    /// hundreds of rows, not a growing list.
    /// </remarks>
    public async Task<PagedList<ProviderView>> SearchAsync(ProviderQuery query, Paging paging, CancellationToken ct)
    {
        var departement = string.IsNullOrWhiteSpace(query.Departement) ? null : query.Departement.Trim().ToUpperInvariant();
        var candidates = await db.Providers.AsNoTracking()
            .Where(p => departement == null || p.Departement == departement)
            .Where(p => !query.FreePlaces || p.PlacesOccupied < p.PlacesTotal)
            .ToListAsync(ct);
        var matching = candidates.Where(p => query.Service is not { } service
            || ProviderSearch.Matches(p.ToDomain(), p.Capacity, new ProviderNeed(service, departement, query.Population, query.Sex, null, query.FreePlaces)));
        if (query.Service is null)
        {
            matching = matching.Where(p => (query.Population is not { } population || p.ToDomain().Accepts(population))
                && (query.Sex is not { } sex || p.ToDomain().Accepts(sex)));
        }

        var ordered = matching.OrderByDescending(p => p.PlacesTotal - p.PlacesOccupied).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
        return await ordered.ToPage(paging).SelectAsync(page => ViewsAsync(page, ct));
    }

    public async Task<ProviderView?> FindAsync(Guid id, CancellationToken ct) =>
        await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } provider ? (await ViewsAsync([provider], ct))[0] : null;

    /// <summary>The providers the current user acts for (their agency's).</summary>
    public async Task<IReadOnlyList<ProviderView>> MineAsync(CancellationToken ct) =>
        await ViewsAsync(await db.Providers.AsNoTracking().Where(p => p.AgencyId == user.AgencyId).OrderBy(p => p.Name).ToListAsync(ct), ct);

    private async Task<Dictionary<string, string[]>> ValidateAsync(ProviderInput input, CancellationToken ct)
    {
        var errors = ProviderRules.Validate(input);
        if (input.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, ct))
        {
            errors["agencyId"] = ["Unknown agency."];
        }

        return errors;
    }

    /// <summary>Creates a provider (201): 400 naming every bad field.</summary>
    public async Task<WriteResult<ProviderView>> CreateAsync(ProviderInput input, CancellationToken ct)
    {
        var errors = await ValidateAsync(input, ct);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "provider.invalid");
        }

        var provider = new Provider { CreatedAt = Now };
        Apply(provider, input);
        db.Providers.Add(provider);
        db.CapacityReports.Add(Report(provider));
        audit.Record(AuditEventType.ProviderCreated, details: $"provider={provider.Id} places={provider.PlacesOccupied}/{provider.PlacesTotal}");
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created((await FindAsync(provider.Id, ct))!);
    }

    /// <summary>Edits a provider if <paramref name="expected"/> is its current version (412 otherwise).</summary>
    public async Task<WriteResult<ProviderView>> UpdateAsync(Guid id, ProviderInput input, IfMatch expected, CancellationToken ct)
    {
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (provider is null)
        {
            return WriteError.NotFound();
        }

        var errors = await ValidateAsync(input, ct);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "provider.invalid");
        }

        var stale = WriteError.Stale("provider.stale", ProblemTexts.ProviderStale);
        if (provider.Version != expected.Version)
        {
            return stale;
        }

        var capacityChanged = provider.PlacesTotal != input.PlacesTotal || provider.PlacesOccupied != input.PlacesOccupied;
        Apply(provider, input);
        if (capacityChanged)
        {
            db.CapacityReports.Add(Report(provider));
        }

        audit.Record(AuditEventType.ProviderUpdated, details: $"provider={provider.Id} places={provider.PlacesOccupied}/{provider.PlacesTotal}");
        return await SaveGuardedAsync(ct) ? (await FindAsync(id, ct))! : stale;
    }

    /// <summary>The provider's own users report its places; the domain refuses impossible figures (400 by field).</summary>
    public Task<WriteResult<ProviderView>> ReportCapacityAsync(Guid id, CapacityInput input, CancellationToken ct) =>
        Write.Catching(() => ReportCapacityCoreAsync(id, input, ct));

    private async Task<WriteResult<ProviderView>> ReportCapacityCoreAsync(Guid id, CapacityInput input, CancellationToken ct)
    {
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (provider is null)
        {
            return WriteError.NotFound();
        }

        if (!ActsFor(provider))
        {
            return WriteError.Forbidden("provider.not-yours", ProblemTexts.CapacityNotYours);
        }

        var capacity = provider.Capacity;
        capacity.Report(input.PlacesTotal, input.PlacesOccupied);
        provider.PlacesTotal = capacity.Total;
        provider.PlacesOccupied = capacity.Occupied;

        provider.UpdatedAt = Now;
        db.CapacityReports.Add(Report(provider));
        audit.Record(AuditEventType.ProviderCapacityReported, details: $"provider={provider.Id} places={provider.PlacesOccupied}/{provider.PlacesTotal}");
        if (!await SaveGuardedAsync(ct))
        {
            return WriteError.Conflict("provider.capacity-changed", ProblemTexts.CapacityChanged, ProblemTexts.CapacityChangedDetail,
                new Dictionary<string, string[]> { ["placesOccupied"] = [ProblemTexts.CapacityChangedField] });
        }

        return (await FindAsync(id, ct))!;
    }

    /// <summary>The capacity reports, newest first.</summary>
    public async Task<PagedList<CapacityReportView>?> HistoryAsync(Guid id, Paging paging, CancellationToken ct)
    {
        if (!await db.Providers.AnyAsync(p => p.Id == id, ct))
        {
            return null;
        }

        var reports = await db.CapacityReports.AsNoTracking().Where(r => r.ProviderId == id)
            .OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).ToPageAsync(paging, ct);
        var userIds = reports.Items.Select(r => r.ReportedBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return reports.Select(r => new CapacityReportView(r.PlacesTotal, r.PlacesOccupied, r.ReportedAt, names.GetValueOrDefault(r.ReportedBy, "?")));
    }

    private async Task<bool> SaveGuardedAsync(CancellationToken ct)
    {
        try
        {
            await audit.CommitAsync(cancellationToken: ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // A referral took or freed a place meanwhile: the caller reads again and resends.
            return false;
        }
    }

    private CapacityReport Report(Provider provider) => new()
    {
        ProviderId = provider.Id,
        PlacesTotal = provider.PlacesTotal,
        PlacesOccupied = provider.PlacesOccupied,
        ReportedAt = Now,
        ReportedBy = user.Id,
    };

    private void Apply(Provider provider, ProviderInput input)
    {
        provider.Name = input.Name!.Trim();
        provider.Services = [.. input.Services!.Distinct().Order()];
        provider.Departement = input.Departement!.Trim().ToUpperInvariant();
        provider.Languages = [.. (input.Languages ?? []).Select(l => l.Trim()).Distinct()];
        provider.AcceptsAdults = input.AcceptsAdults;
        provider.AcceptsChildren = input.AcceptsChildren;
        provider.AcceptedSexes = [.. (input.AcceptedSexes ?? []).Distinct().Order()];
        provider.PlacesTotal = input.PlacesTotal;
        provider.PlacesOccupied = input.PlacesOccupied;
        provider.AgencyId = input.AgencyId;
        provider.UpdatedAt = Now;
    }

    private async Task<IReadOnlyList<ProviderView>> ViewsAsync(IReadOnlyList<Provider> providers, CancellationToken ct)
    {
        var agencyIds = providers.Select(p => p.AgencyId).OfType<Guid>().Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return [.. providers.Select(p => new ProviderView(
            p.Id, p.Name, p.Services, p.Departement, p.Languages, p.AcceptsAdults, p.AcceptsChildren, p.AcceptedSexes,
            p.PlacesTotal, p.PlacesOccupied, p.PlacesTotal - p.PlacesOccupied, p.AgencyId,
            p.AgencyId is { } agencyId ? agencies.GetValueOrDefault(agencyId) : null, p.Version))];
    }
}
