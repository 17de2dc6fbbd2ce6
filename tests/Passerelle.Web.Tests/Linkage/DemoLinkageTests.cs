using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.DemoData;
using Passerelle.Domain.Time;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Linkage;

/// <summary>The demo population alone (200 cases), with the product's default thresholds.</summary>
public sealed class DemoOnlyApp : PasserelleApp
{
    public const int Cases = 200;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Cases", Cases.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// The demo population records some persons at two or three agencies with their own spellings; its generator
/// knows who is who (<see cref="DemoCase.PersonId"/>), the application does not. A run must find most of them
/// without linking namesakes: the fictional names reuse a short list of given names and 46 family names.
/// </summary>
public sealed class DemoLinkageTests(DemoOnlyApp app, ITestOutputHelper output) : IClassFixture<DemoOnlyApp>
{
    [Fact]
    public async Task A_run_on_the_demo_population_finds_the_persons_recorded_by_several_agencies()
    {
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var run = await LinkageClient.RunAsync(coordinator);

        var truth = TruePersonByReference(app.Services.GetRequiredService<TimeProvider>().Today());
        var keys = app.WithDb(db => db.Cases.AsNoTracking().Select(c => new { c.Reference, c.PersonKey }).ToList())
            .ToDictionary(c => c.Reference, c => c.PersonKey);
        Assert.Equal(truth.Count, keys.Count);
        var references = keys.Keys.Order(StringComparer.Ordinal).ToList();
        int truePairs = 0, foundPairs = 0, correct = 0;
        for (var i = 0; i < references.Count; i++)
        {
            for (var j = i + 1; j < references.Count; j++)
            {
                var same = truth[references[i]] == truth[references[j]];
                var linked = keys[references[i]] == keys[references[j]];
                truePairs += same ? 1 : 0;
                foundPairs += linked ? 1 : 0;
                correct += same && linked ? 1 : 0;
            }
        }

        var precision = foundPairs == 0 ? 0 : (double)correct / foundPairs;
        var recall = (double)correct / truePairs;
        output.WriteLine($"{run}");
        output.WriteLine($"cases {keys.Count}, true persons {truth.Values.Distinct().Count()}, persons found {keys.Values.Distinct().Count()}, " +
            $"same-person pairs {truePairs}, linked pairs {foundPairs}, correct {correct}, precision {precision:0.000}, recall {recall:0.000}");
        Assert.True(truePairs > 0);
        // Wrong links merge different persons in the national figures: precision matters more than recall.
        Assert.True(precision >= 0.9, $"precision {precision:0.000}");
        Assert.True(recall >= 0.6, $"recall {recall:0.000}");
        Assert.True(run.GetProperty("persons").GetInt32() < keys.Count);
    }

    /// <summary>
    /// The seeder numbers cases per year in registration order; the same generator gives the truth, for the seeder's
    /// day (Paris): with the UTC date the two populations differed between 23:00 and midnight UTC.
    /// </summary>
    private static Dictionary<string, int> TruePersonByReference(DateOnly today)
    {
        var numbers = new Dictionary<int, int>();
        var truth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var demoCase in DemoPopulation.Generate(today, DemoOnlyApp.Cases).OrderBy(c => c.RegisteredOn))
        {
            var year = demoCase.RegisteredOn.Year;
            numbers[year] = numbers.GetValueOrDefault(year) + 1;
            truth[new Passerelle.Domain.Cases.CaseReference(year, numbers[year]).ToString()] = demoCase.PersonId;
        }

        return truth;
    }
}
