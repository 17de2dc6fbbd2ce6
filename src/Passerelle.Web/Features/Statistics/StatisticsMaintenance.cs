using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Statistics;

/// <summary>Full rebuilds of the projections: at start-up when they miss cases (a fresh migration), and on demand.</summary>
public static class StatisticsMaintenance
{
    /// <summary>
    /// Rebuilds when the projections miss cases, or when some person has no record key yet (a database from before the
    /// cell-key method: every person then gets one, drawn once).
    /// </summary>
    public static async Task RebuildIfStaleAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PasserelleDbContext>();
        if (await db.Set<StatisticsCaseRow>().CountAsync(ct) != await db.Cases.CountAsync(ct)
            || await db.Set<StatisticsPersonRow>().AnyAsync(p => !db.Set<StatisticsRecordKey>().Any(k => k.PersonKey == p.PersonKey), ct))
        {
            await services.GetRequiredService<StatisticsProjection>().RebuildAsync(db, ct);
        }
    }

    /// <summary><c>statistics rebuild</c>: empties and refills both projections from every case.</summary>
    public static Command Command(Func<Func<IServiceProvider, Task<int>>, Task<int>> withServices)
    {
        var statistics = new Command("statistics", "National statistics commands.");
        var rebuild = new Command("rebuild", "Recompute the statistical projections (one row per case, one per person) from every case.");
        rebuild.SetAction((_, ct) => withServices(async services =>
        {
            var cases = await services.GetRequiredService<StatisticsProjection>().RebuildAsync(services.GetRequiredService<PasserelleDbContext>(), ct);
            Console.WriteLine($"Statistics rebuilt from {cases} cases.");
            return 0;
        }));
        statistics.Subcommands.Add(rebuild);
        return statistics;
    }
}
