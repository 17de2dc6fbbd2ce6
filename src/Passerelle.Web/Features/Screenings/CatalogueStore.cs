using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Screening;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Screenings;

/// <summary>Parsed catalogues by version; a published version never changes, so it is parsed once.</summary>
public sealed class CatalogueCache
{
    public ConcurrentDictionary<string, IndicatorCatalogue> ByVersion { get; } = new(StringComparer.Ordinal);
}

/// <summary>The catalogue versions: the one shipped with the code and those coordinators published.</summary>
public sealed class CatalogueStore(PasserelleDbContext db, CatalogueCache cache, TimeProvider clock)
{
    public async Task<IndicatorCatalogue> CurrentAsync(CancellationToken ct)
    {
        var latest = await db.PublishedCatalogues.AsNoTracking()
            .OrderByDescending(c => c.PublishedAt).Select(c => c.Version).FirstOrDefaultAsync(ct);
        return latest is null ? IndicatorCatalogue.Default : (await FindAsync(latest, ct))!;
    }

    public async Task<IndicatorCatalogue?> FindAsync(string version, CancellationToken ct)
    {
        if (cache.ByVersion.TryGetValue(version, out var cached))
        {
            return cached;
        }

        var json = await db.PublishedCatalogues.AsNoTracking().Where(c => c.Version == version).Select(c => c.Json).FirstOrDefaultAsync(ct);
        if (json is null)
        {
            return version == IndicatorCatalogue.DefaultVersion ? IndicatorCatalogue.Default : null;
        }

        var parsed = IndicatorCatalogue.Parse(json).Catalogue
            ?? throw new InvalidOperationException($"The stored catalogue {version} no longer parses.");
        return cache.ByVersion.GetOrAdd(version, parsed);
    }

    /// <summary>Validates and publishes a new version, which becomes current. Returns the errors when refused.</summary>
    public async Task<(IndicatorCatalogue? Catalogue, IReadOnlyList<string> Errors)> PublishAsync(string json, Guid userId, CancellationToken ct)
    {
        var parsed = IndicatorCatalogue.Parse(json);
        if (parsed.Catalogue is not { } catalogue)
        {
            return (null, parsed.Errors);
        }

        if (catalogue.Version == IndicatorCatalogue.DefaultVersion
            || await db.PublishedCatalogues.AnyAsync(c => c.Version == catalogue.Version, ct))
        {
            return (null, [$"$.version: version {catalogue.Version} already exists; a published version never changes, give a new one."]);
        }

        db.PublishedCatalogues.Add(new PublishedCatalogue
        {
            Version = catalogue.Version,
            Json = catalogue.ToJson(),
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            PublishedBy = userId,
        });
        return (catalogue, []);
    }
}
