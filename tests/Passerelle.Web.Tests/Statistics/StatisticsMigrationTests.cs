using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Tests.Statistics;

/// <summary>
/// A database from before the HTCDS dimensions (its projections hold no industry, type or country): upgrading it
/// must leave statistics that count those facts, without anyone running <c>statistics rebuild</c> by hand.
/// </summary>
public sealed class StatisticsMigrationTests
{
    [Fact]
    public async Task Upgrading_from_the_initial_schema_refills_the_new_dimensions_at_the_next_start()
    {
        await using var app = new StatisticsApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        foreach (var spec in KnownDataset.Cases())
        {
            await app.AddCaseAsync(spec);
        }

        await app.WithScopeAsync(async services =>
        {
            var migrator = services.GetRequiredService<PasserelleDbContext>().GetService<IMigrator>();
            await migrator.MigrateAsync("Initial");
            await migrator.MigrateAsync();
            return 0;
        });
        var rowsAfterUpgrade = app.WithDb(db => db.Set<StatisticsCaseRow>().Count());

        await app.WithScopeAsync(async services =>
        {
            await StatisticsMaintenance.RebuildIfStaleAsync(services, CancellationToken.None);
            return 0;
        });

        Assert.Equal(0, rowsAfterUpgrade);
        Assert.Equal(15, app.WithDb(db => db.Set<StatisticsCaseRow>().Count()));
        var byCountry = await app.WithScopeAsync(services => services.GetRequiredService<StatisticsAggregation>()
            .TabulateAsync(new StatisticsQuery(Measure.Registered, [StatisticalDimension.ExploitationCountry]), CancellationToken.None));
        Assert.Equal(5m, byCountry.Cells.Single(c => !c.IsMargin && c.Categories[0] == "BE").Value);
        Assert.Equal(2m, byCountry.Cells.Single(c => !c.IsMargin && c.Categories[0] == "FR").Value);
    }
}
