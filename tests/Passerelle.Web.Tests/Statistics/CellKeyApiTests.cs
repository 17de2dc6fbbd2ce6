using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Tests.Statistics;

/// <summary>The cell-key method, the default of every published table (issue 18 item 4; docs/statistics-disclosure.md).</summary>
public sealed class CellKeyApiTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    /// <summary>The true counts of <see cref="KnownDataset"/> by age group in 2025 (the shared person is 16).</summary>
    private static readonly Dictionary<string, int> AgeGroups2025 = new() { ["15-17"] = 3, ["18-24"] = 6, ["25-34"] = 5 };

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var response = await api.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static decimal ValueOf(JsonElement table, string dimension, string? code) =>
        (code is null ? table.GetProperty("margins") : table.GetProperty("cells")).EnumerateArray()
            .Concat(table.GetProperty("margins").EnumerateArray())
            .First(c => c.TryGetProperty(dimension, out var d) && d.GetString() == code)
            .GetProperty("value").GetDecimal();

    [Fact]
    public async Task By_default_a_table_is_perturbed_says_so_hides_nothing_and_stays_within_the_bound()
    {
        var table = await GetJsonAsync("/api/v1/statistics/registered?by=ageGroup&year=2025");

        Assert.Equal("cell-key", table.GetProperty("method").GetString());
        Assert.Equal(3, table.GetProperty("maxNoise").GetInt32());
        foreach (var cell in table.GetProperty("cells").EnumerateArray())
        {
            Assert.False(cell.GetProperty("suppressed").GetBoolean());
            var value = cell.GetProperty("value").GetDecimal();
            var truth = AgeGroups2025.GetValueOrDefault(cell.GetProperty("ageGroup").GetString()!);
            Assert.InRange(value, truth - 3, truth + 3);
            Assert.DoesNotContain(value, new[] { 1m, 2m });
            if (truth == 0)
            {
                Assert.Equal(0m, value);
            }
        }

        Assert.InRange(table.GetProperty("total").GetProperty("value").GetDecimal(), 11m, 17m);
    }

    [Fact]
    public async Task The_same_persons_show_the_same_figure_in_every_table_and_every_format()
    {
        var bySex = await GetJsonAsync("/api/v1/statistics/registered?by=sex&year=2025");
        var bySexAndAge = await GetJsonAsync("/api/v1/statistics/registered?by=sex,ageGroup&year=2025");
        var byAgeAndSex = await GetJsonAsync("/api/v1/statistics/registered?by=ageGroup,sex&year=2025");
        var bySexAllYears = await GetJsonAsync("/api/v1/statistics/registered?by=sex,year");

        foreach (var sex in new[] { "female", "male" })
        {
            var value = ValueOf(bySex, "sex", sex);
            Assert.Equal(value, bySexAndAge.GetProperty("margins").EnumerateArray().Single(m => m.GetProperty("sex").GetString() == sex && m.GetProperty("ageGroup").ValueKind == JsonValueKind.Null).GetProperty("value").GetDecimal());
            Assert.Equal(value, byAgeAndSex.GetProperty("margins").EnumerateArray().Single(m => m.GetProperty("sex").GetString() == sex && m.GetProperty("ageGroup").ValueKind == JsonValueKind.Null).GetProperty("value").GetDecimal());
            Assert.Equal(value, bySexAllYears.GetProperty("cells").EnumerateArray().Single(m => m.GetProperty("sex").GetString() == sex && m.GetProperty("year").GetString() == "2025").GetProperty("value").GetDecimal());
        }

        var api = await fixture.App.ApiAsAsync("coordinator@demo.test");
        var csv = await api.GetStringAsync("/api/v1/statistics/registered?by=sex&year=2025&format=csv");
        Assert.Contains($"female,{ValueOf(bySex, "sex", "female")},false,false,cell-key", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_person_has_one_record_key_drawn_once_and_a_rebuild_publishes_the_same_figures()
    {
        var before = await GetJsonAsync("/api/v1/statistics/registered?by=sex,ageGroup&year=2025");

        var (persons, keys) = fixture.App.WithDb(db => (db.Set<StatisticsPersonRow>().Count(), db.Set<StatisticsRecordKey>().Count()));
        Assert.True(keys >= persons, $"{keys} keys for {persons} persons");
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StatisticsProjection>()
                .RebuildAsync(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>(), CancellationToken.None);
        }

        Assert.Equal(keys, fixture.App.WithDb(db => db.Set<StatisticsRecordKey>().Count()));
        Assert.True(fixture.App.WithDb(db => db.Set<StatisticsPersonRow>().All(p => db.Set<StatisticsRecordKey>().Any(k => k.PersonKey == p.PersonKey && k.Key == p.RecordKey))));
        var after = await GetJsonAsync("/api/v1/statistics/registered?by=sex,ageGroup&year=2025");
        Assert.Equal(before.GetProperty("cells").GetRawText(), after.GetProperty("cells").GetRawText());
        Assert.Equal(before.GetProperty("margins").GetRawText(), after.GetProperty("margins").GetRawText());
    }

    [Fact]
    public async Task The_dashboard_shows_readable_numbers_with_the_method_under_the_table()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        var html = await client.GetStringAsync("/Statistics?Measure=registered&By=sex&Year=2025");

        Assert.Contains("data-method=\"cell-key\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>s</td>", html, StringComparison.Ordinal);
        Assert.Contains("perturbation", html, StringComparison.OrdinalIgnoreCase);

        var report = await client.GetStringAsync("/Statistics/Report?Year=2025");
        Assert.Contains("data-method=\"cell-key\"", report, StringComparison.Ordinal);
    }
}
