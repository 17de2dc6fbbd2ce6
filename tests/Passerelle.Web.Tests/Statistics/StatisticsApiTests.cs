using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Passerelle.Web.Features.Documents;

namespace Passerelle.Web.Tests.Statistics;

public sealed class StatisticsApiTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private async Task<JsonElement> GetJsonAsync(string url, string email = "statistician@demo.test")
    {
        var api = await fixture.App.ApiAsAsync(email);
        var response = await api.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string SheetText(byte[] xlsx)
    {
        return string.Join('\n', Spreadsheet.Read(new MemoryStream(xlsx), null).SelectMany(row => row).Where(c => c.Length > 0));
    }

    private static JsonElement CellOf(JsonElement table, string dimension, string code) =>
        table.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty(dimension).GetString() == code);

    /// <summary>Issue 18 item 1: the forced-labour industry (HTCDS vic_ForcedLabourIndustry, seed report ¶34) is a dimension.</summary>
    [Fact]
    public async Task Registered_persons_group_by_forced_labour_industry()
    {
        var table = await GetJsonAsync("/api/v1/statistics/registered?by=forcedLabourIndustry&year=2025&method=suppression");

        Assert.Equal(["forcedLabourIndustry"], table.GetProperty("by").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(5m, CellOf(table, "forcedLabourIndustry", "construction").GetProperty("value").GetDecimal());
        Assert.Equal(9m, CellOf(table, "forcedLabourIndustry", "unknown").GetProperty("value").GetDecimal());
        Assert.Equal(0m, CellOf(table, "forcedLabourIndustry", "manufacturing").GetProperty("value").GetDecimal());
        Assert.Equal(22, table.GetProperty("cells").GetArrayLength());
    }

    [Fact]
    public async Task Registered_persons_group_by_type_of_sexual_exploitation()
    {
        var table = await GetJsonAsync("/api/v1/statistics/registered?by=sexExploitationType&year=2025&method=suppression");

        Assert.Equal(6m, CellOf(table, "sexExploitationType", "prostitution").GetProperty("value").GetDecimal());
        Assert.Equal(8m, CellOf(table, "sexExploitationType", "unknown").GetProperty("value").GetDecimal());
    }

    /// <summary>Issue 18 item 1: the country of the first place of exploitation (HTCDS hte_Country), not of recruitment.</summary>
    [Fact]
    public async Task Registered_persons_group_by_country_of_exploitation()
    {
        var table = await GetJsonAsync("/api/v1/statistics/registered?by=exploitationCountry&year=2025&method=suppression");

        // Two persons exploited in France are below the threshold; Belgium (5) is the complementary suppression.
        Assert.Equal(JsonValueKind.Null, CellOf(table, "exploitationCountry", "FR").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, CellOf(table, "exploitationCountry", "BE").GetProperty("value").ValueKind);
        Assert.Equal(7m, CellOf(table, "exploitationCountry", "unknown").GetProperty("value").GetDecimal());
        Assert.DoesNotContain(table.GetProperty("cells").EnumerateArray(), c => c.GetRawText().Contains("\"RO\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_catalogue_lists_measures_and_dimensions_in_both_languages()
    {
        var catalogue = await GetJsonAsync("/api/v1/statistics");

        var registered = catalogue.GetProperty("measures").EnumerateArray().First();
        Assert.Equal("registered", registered.GetProperty("name").GetString());
        Assert.Equal("Presumed victims registered", registered.GetProperty("label").GetProperty("en").GetString());
        Assert.Contains(catalogue.GetProperty("dimensions").EnumerateArray(), d => d.GetProperty("name").GetString() == "ageGroup");
        Assert.Equal(24, catalogue.GetProperty("measures").GetArrayLength());
        var convicted = catalogue.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "convicted");
        Assert.Equal(("Convictions", "Condamnations prononcées"), (convicted.GetProperty("label").GetProperty("en").GetString(), convicted.GetProperty("label").GetProperty("fr").GetString()));
        Assert.Equal(["json", "csv", "xlsx", "schema", "datapackage", "zip"], catalogue.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("cell-key", catalogue.GetProperty("defaultMethod").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("schema")]
    [InlineData("xlsx")]
    public async Task No_download_says_why_a_cell_is_suppressed(string format)
    {
        // Female 9, male 5, 2025 by sex and age group: several small cells, primary and complementary.
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var bytes = await api.GetByteArrayAsync($"/api/v1/statistics/registered?by=sex,ageGroup&year=2025&method=suppression&format={format}");
        var text = format == "xlsx" ? SheetText(bytes) : Encoding.UTF8.GetString(bytes);

        Assert.Contains("suppressed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("primary", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("complementary", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("status", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_table_has_the_issue_shape_and_suppresses_small_cells_with_a_complement()
    {
        var table = await GetJsonAsync("/api/v1/statistics/registered?by=ageGroup&year=2025&method=suppression");

        Assert.Equal("registered", table.GetProperty("measure").GetString());
        Assert.Equal(["ageGroup"], table.GetProperty("by").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(5, table.GetProperty("threshold").GetInt32());
        Assert.Equal(6, CellOf(table, "ageGroup", "18-24").GetProperty("value").GetDecimal());
        var small = CellOf(table, "ageGroup", "15-17");
        Assert.True(small.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, small.GetProperty("value").ValueKind);
        // 3 = 14 − 6 − 5 would be recomputable if 25-34 were published.
        Assert.True(CellOf(table, "ageGroup", "25-34").GetProperty("suppressed").GetBoolean());
        Assert.Equal(14, table.GetProperty("total").GetProperty("value").GetDecimal());
        Assert.False(table.GetProperty("total").GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task Rounding_publishes_every_cell_rounded_to_base_five()
    {
        var table = await GetJsonAsync("/api/v1/statistics/registered?by=ageGroup&year=2025&method=rounding");

        Assert.Equal("rounding", table.GetProperty("method").GetString());
        Assert.Equal(5, CellOf(table, "ageGroup", "15-17").GetProperty("value").GetDecimal());
        Assert.Equal(5, CellOf(table, "ageGroup", "18-24").GetProperty("value").GetDecimal());
        Assert.Equal(0, CellOf(table, "ageGroup", "under-15").GetProperty("value").GetDecimal());
        Assert.Equal(15, table.GetProperty("total").GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("/api/v1/statistics/nonsense", "measure")]
    [InlineData("/api/v1/statistics/registered?by=shoeSize", "by")]
    [InlineData("/api/v1/statistics/registered?by=sex,ageGroup,region,year", "by")]
    [InlineData("/api/v1/statistics/registered?year=25x", "year")]
    [InlineData("/api/v1/statistics/registered?quarter=5", "quarter")]
    [InlineData("/api/v1/statistics/registered?method=noise", "method")]
    public async Task Bad_requests_name_the_field(string url, string field)
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var response = await api.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("police@demo.test", HttpStatusCode.Forbidden)]
    [InlineData("ngo@demo.test", HttpStatusCode.Forbidden)]
    [InlineData("auditor@demo.test", HttpStatusCode.Forbidden)]
    [InlineData("admin@demo.test", HttpStatusCode.Forbidden)]
    [InlineData("statistician@demo.test", HttpStatusCode.OK)]
    [InlineData("coordinator@demo.test", HttpStatusCode.OK)]
    public async Task Only_statisticians_and_the_coordinator_see_statistics(string email, HttpStatusCode expected)
    {
        var api = await fixture.App.ApiAsAsync(email);

        Assert.Equal(expected, (await api.GetAsync("/api/v1/statistics/registered?by=sex")).StatusCode);
        Assert.Equal(expected, (await api.GetAsync("/api/v1/statistics/export")).StatusCode);
    }

    [Fact]
    public async Task The_csv_download_parses_and_matches_the_table()
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var response = await api.GetAsync("/api/v1/statistics/registered?by=sex&year=2025&method=suppression&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);

        using var csv = CsvReader.Create(new StringReader(await response.Content.ReadAsStringAsync()), new CsvReaderOptions { HasHeader = true });
        csv.ReadHeader();
        Assert.Equal(["sex", "value", "suppressed", "rounded", "method"], csv.Headers);
        var rows = new Dictionary<string, string>();
        while (csv.Read())
        {
            rows[csv.GetString(0)] = csv.GetString(1);
        }

        Assert.Equal("9", rows["female"]);
        Assert.Equal("5", rows["male"]);
        Assert.Equal("14", rows["total"]);
    }

    [Fact]
    public async Task The_excel_download_reads_back()
    {
        var api = await fixture.App.ApiAsAsync("coordinator@demo.test");
        var bytes = await api.GetByteArrayAsync("/api/v1/statistics/screened?by=sex&year=2025&method=suppression&format=xlsx");

        var sheet = Spreadsheet.Read(new MemoryStream(bytes), null);
        Assert.Equal("sex", sheet[0][0]);
        var female = sheet.Single(r => r[0] == "female");
        Assert.Equal(7, int.Parse(female[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_schema_describes_every_column_of_the_csv()
    {
        var schema = await GetJsonAsync("/api/v1/statistics/registered?by=sex,ageGroup&year=2025&format=schema");

        var fields = schema.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(["sex", "age_group", "value", "suppressed", "rounded", "method"], fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("number", fields[2].GetProperty("type").GetString());
        Assert.Contains("female", fields[0].GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([""], schema.GetProperty("missingValues").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_case_level_export_is_k_anonymous()
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var text = await api.GetStringAsync("/api/v1/statistics/export?format=csv");

        using var csv = CsvReader.Create(new StringReader(text), new CsvReaderOptions { HasHeader = true });
        csv.ReadHeader();
        Assert.Equal(["sex", "age_group", "nationality", "exploitation_form", "year", "departement"], csv.Headers.Take(6));
        var classes = new List<string>();
        while (csv.Read())
        {
            classes.Add(string.Join('|', Enumerable.Range(0, 6).Select(csv.GetString)));
        }

        Assert.NotEmpty(classes);
        Assert.All(classes.GroupBy(c => c), g => Assert.True(g.Count() >= 5, $"class {g.Key} has {g.Count()} rows"));
        Assert.DoesNotContain(classes, c => c.Contains("AL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_query_is_audited()
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        await api.GetAsync("/api/v1/statistics/complaints?by=region&year=2025");

        var entries = fixture.App.WithDb(db => db.AuditEntries.Where(e => e.EventType == Domain.Audit.AuditEventType.StatisticsQueried).Select(e => e.Details).ToList());
        Assert.Contains(entries, d => d != null && d.Contains("measure=complaints; by=region", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_are_named_after_the_table()
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var response = await api.GetAsync("/api/v1/statistics/registered?by=sex&format=csv");

        Assert.Equal("registered-by-sex.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("sex,", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
