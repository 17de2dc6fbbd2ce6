using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Tests.Statistics;

public sealed class StatisticsAggregationTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private static readonly Dictionary<StatisticalDimension, string> In2025 = new() { [StatisticalDimension.Year] = "2025" };

    private async Task<CrossTable> TabulateAsync(Measure measure, params StatisticalDimension[] by) =>
        await fixture.App.WithScopeAsync(services => services.GetRequiredService<StatisticsAggregation>()
            .TabulateAsync(new StatisticsQuery(measure, by) { Filters = In2025 }, CancellationToken.None));

    private static Dictionary<string, decimal> NonZero(CrossTable table) => table.Cells
        .Where(c => !c.IsMargin && c.Value != 0)
        .ToDictionary(c => string.Join('/', c.Categories), c => c.Value);

    [Fact]
    public async Task A_person_recorded_by_two_agencies_counts_once()
    {
        var cases = fixture.App.WithDb(db => db.Set<StatisticsCaseRow>().Count(r => r.Year == 2025));
        var table = await TabulateAsync(Measure.Registered);

        Assert.Equal(15, cases);
        Assert.Equal(14m, table.GrandTotal.Value);
    }

    [Fact]
    public async Task Disagreeing_records_are_resolved_by_the_first_detection()
    {
        var bySex = NonZero(await TabulateAsync(Measure.Registered, StatisticalDimension.Sex));

        // The shared person is female in the police's earlier record and male in the NGO's later one.
        Assert.Equal(new Dictionary<string, decimal> { ["female"] = 9, ["male"] = 5 }, bySex);
    }

    public static TheoryData<StatisticalDimension, string> ExpectedRegistered => new()
    {
        { StatisticalDimension.Year, "2025=14" },
        { StatisticalDimension.Quarter, "q1=7 q3=5 q4=2" },
        { StatisticalDimension.Sex, "female=9 male=5" },
        { StatisticalDimension.AgeGroup, "15-17=3 18-24=6 25-34=5" },
        { StatisticalDimension.ChildOrAdult, "adult=11 child=3" },
        { StatisticalDimension.Nationality, "AL=1 FR=2 NG=6 RO=5" },
        { StatisticalDimension.NationalityGroup, "eu=5 france=2 non-eu=7" },
        { StatisticalDimension.ExploitationForm, "domestic-servitude=1 forced-labour=5 sexual-exploitation=8" },
        { StatisticalDimension.RecruitmentMeans, "job-offer=5 online-social-network=6 unknown=3" },
        { StatisticalDimension.Departement, "13=2 69=1 75=5 93=6" },
        { StatisticalDimension.Region, "11=11 84=1 93=2" },
        { StatisticalDimension.AgencyType, "child-welfare=2 labour-inspection=5 police=7" },
        { StatisticalDimension.ForcedLabourIndustry, "construction=5 unknown=9" },
        { StatisticalDimension.SexExploitationType, "prostitution=6 unknown=8" },
        { StatisticalDimension.ExploitationCountry, "BE=5 FR=2 unknown=7" },
    };

    [Theory]
    [MemberData(nameof(ExpectedRegistered))]
    public async Task Every_dimension_gives_the_exact_table(StatisticalDimension dimension, string expected)
    {
        var table = NonZero(await TabulateAsync(Measure.Registered, dimension));

        Assert.Equal(expected, string.Join(' ', table.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")));
    }

    [Fact]
    public async Task Every_measure_with_data_gives_the_exact_table()
    {
        // Screened: the six Nigerian women, the five Romanian men, and the shared person through the NGO's record.
        Assert.Equal(new Dictionary<string, decimal> { ["female"] = 7, ["male"] = 5 }, NonZero(await TabulateAsync(Measure.Screened, StatisticalDimension.Sex)));
        Assert.Equal(new Dictionary<string, decimal> { ["eu"] = 5 }, NonZero(await TabulateAsync(Measure.RgPositive, StatisticalDimension.NationalityGroup)));
        Assert.Equal(new Dictionary<string, decimal> { ["male/25-34"] = 5 }, NonZero(await TabulateAsync(Measure.CgPositive, StatisticalDimension.Sex, StatisticalDimension.AgeGroup)));
        Assert.Equal(0m, (await TabulateAsync(Measure.Sheltered, StatisticalDimension.Sex)).GrandTotal.Value);
    }

    [Fact]
    public async Task A_three_dimension_table_adds_up_to_its_margins()
    {
        var table = await TabulateAsync(Measure.Registered, StatisticalDimension.Sex, StatisticalDimension.ChildOrAdult, StatisticalDimension.NationalityGroup);

        Assert.Equal(3m, table["female", "child", null].Value);
        Assert.Equal(1m, table["female", "child", "non-eu"].Value);
        Assert.Equal(14m, table.GrandTotal.Value);
    }

    [Fact]
    public async Task Changing_a_fact_refreshes_the_projection_in_the_same_save()
    {
        var id = await fixture.App.AddCaseAsync(new StatisticsCase(Sex.Female, "BR", "33", new DateOnly(2032, 1, 5), AgencyType.Police) { EstimatedAge = 20 });
        Assert.False(fixture.App.WithDb(db => db.Set<StatisticsPersonRow>().Single(p => p.Year == 2032).RgPositive));

        await fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PasserelleDbContext>();
            db.IdentificationSteps.Add(new IdentificationStep { CaseId = id, Stage = IdentificationStage.Rg, RequestedOn = new DateOnly(2032, 1, 6), Outcome = DecisionOutcome.Positive });
            return await db.SaveChangesAsync();
        });

        Assert.True(fixture.App.WithDb(db => db.Set<StatisticsPersonRow>().Single(p => p.Year == 2032).RgPositive));
    }

    [Fact]
    public async Task Sql_and_domain_agree_on_a_random_dataset()
    {
        var random = new Random(6);
        var sharedKeys = Enumerable.Range(0, 12).Select(_ => Guid.CreateVersion7()).ToArray();
        string?[] nationalities = ["FR", "RO", "NG", "CN", "BR", null];
        string[] departements = ["75", "93", "13", "69", "2A", "974"];
        AgencyType[] agencies = [AgencyType.Police, AgencyType.SpecialisedNgo, AgencyType.LabourInspection, AgencyType.ChildWelfare];
        for (var i = 0; i < 90; i++)
        {
            await fixture.App.AddCaseAsync(new StatisticsCase(
                (Sex)random.Next(0, 4),
                nationalities[random.Next(nationalities.Length)],
                departements[random.Next(departements.Length)],
                new DateOnly(2031, random.Next(1, 13), random.Next(1, 29)),
                agencies[random.Next(agencies.Length)])
            {
                EstimatedAge = random.Next(5) == 0 ? null : random.Next(8, 60),
                AgeDisputed = random.Next(10) == 0,
                Form = random.Next(6) == 0 ? null : (ExploitationForm)random.Next(1, 6),
                Means = random.Next(3) == 0 ? null : (RecruitmentMeans)random.Next(1, 7),
                PersonKey = random.Next(100) < 30 ? sharedKeys[random.Next(sharedKeys.Length)] : null,
                Screened = random.Next(2) == 0,
                Positive = random.Next(3) == 0 ? [IdentificationStage.Rg] : [],
            });
        }

        var records = fixture.App.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().ToList())
            .Select(r => r.ToRecord(r.CaseId.ToString()))
            .ToList();
        var in2031 = new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = "2031" };
        foreach (var measure in new[] { Measure.Registered, Measure.Screened, Measure.RgPositive })
        {
            foreach (var dimension in StatisticalDimensions.All)
            {
                var query = new StatisticsQuery(measure, [dimension, StatisticalDimension.Sex == dimension ? StatisticalDimension.AgencyType : StatisticalDimension.Sex]) { Filters = in2031 };
                var expected = CrossTabulation.Tabulate(records, query);
                var actual = await fixture.App.WithScopeAsync(services => services.GetRequiredService<StatisticsAggregation>().TabulateAsync(query, CancellationToken.None));

                Assert.Equal(expected.Categories, actual.Categories);
                Assert.Equal(expected.Cells.Select(c => (c.Value, c.Persons)), actual.Cells.Select(c => (c.Value, c.Persons)));
            }
        }
    }
}
