using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;

namespace Passerelle.Web.Tests.Statistics;

/// <summary>Frictionless data packages beside every download (issue 18 item 5).</summary>
public sealed class OpenDataTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private static List<string> Fields(JsonElement resource) =>
        [.. resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];

    [Fact]
    public async Task A_table_has_a_data_package_with_its_schema_titles_licence_method_and_date()
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var package = await api.GetFromJsonAsync<JsonElement>("/api/v1/statistics/registered?by=sex,ageGroup&year=2025&format=datapackage");

        Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
        Assert.Equal("etalab-2.0", package.GetProperty("licenses")[0].GetProperty("name").GetString());
        Assert.StartsWith("Presumed victims registered by sex by age group", package.GetProperty("titles").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Victimes présumées", package.GetProperty("titles").GetProperty("fr").GetString(), StringComparison.Ordinal);
        Assert.Equal("cell-key", package.GetProperty("passerelle:method").GetString());
        Assert.Contains("cell-key", package.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(package.GetProperty("created").GetString(), out _));
        var resource = package.GetProperty("resources")[0];
        Assert.Equal("registered-by-sex-by-ageGroup-year-2025.csv", resource.GetProperty("path").GetString());
        Assert.Equal(["sex", "age_group", "value", "suppressed", "rounded", "method"], Fields(resource));
        Assert.Equal("Sexe", resource.GetProperty("schema").GetProperty("fields")[0].GetProperty("titles").GetProperty("fr").GetString());
    }

    [Fact]
    public async Task The_zip_holds_the_csv_and_its_data_package_which_describes_it()
    {
        var client = await fixture.App.PagesAsAsync("coordinator@demo.test");
        var response = await client.GetAsync("/Statistics?handler=Download&Measure=registered&By=sex&Year=2025&Format=zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["registered-by-sex-year-2025.csv", "datapackage.json"], zip.Entries.Select(e => e.FullName));
        var package = await JsonSerializer.DeserializeAsync<JsonElement>(zip.GetEntry("datapackage.json")!.Open());
        var resource = package.GetProperty("resources")[0];
        Assert.Equal("registered-by-sex-year-2025.csv", resource.GetProperty("path").GetString());

        using var csv = CsvReader.Create(new StreamReader(zip.GetEntry("registered-by-sex-year-2025.csv")!.Open()), new CsvReaderOptions { HasHeader = true });
        csv.ReadHeader();
        Assert.Equal(Fields(resource), csv.Headers);
        var sexes = new List<string>();
        while (csv.Read())
        {
            sexes.Add(csv.GetString(0));
            Assert.Equal("cell-key", csv.GetString(csv.Headers.Count - 1));
        }

        Assert.Contains("female", sexes);
        Assert.Equal("total", sexes[^1]);
    }

    [Fact]
    public async Task The_dashboard_links_the_schema_and_the_data_package()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        var html = await client.GetStringAsync("/Statistics?Measure=registered&By=sex&Year=2025");

        Assert.Contains("data-testid=\"download-schema\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"download-datapackage\"", html, StringComparison.Ordinal);
        Assert.Contains("Format=zip", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_annual_report_downloads_as_one_long_csv_with_its_data_package()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        var csv = await client.GetStringAsync("/Statistics/Report?handler=Download&Year=2025&Format=csv");
        var package = await client.GetFromJsonAsync<JsonElement>("/Statistics/Report?handler=Download&Year=2025&Format=datapackage");

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("table,dimension,category,year,value,suppressed,method", lines[0].TrimEnd('\r'));
        Assert.Equal(Fields(package.GetProperty("resources")[0]), lines[0].TrimEnd('\r').Split(','));
        Assert.Contains(lines, l => l.StartsWith("registered-by-form,exploitation_form,total,2025,", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith(",false,cell-key", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("pathway,measure,confiscations,2025,", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith(",suppression", StringComparison.Ordinal));
        Assert.Equal("annual-report-2025.csv", package.GetProperty("resources")[0].GetProperty("path").GetString());
        Assert.Equal("etalab-2.0", package.GetProperty("licenses")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/Statistics/Report?handler=Download&Year=2025&Format=docx")).StatusCode);
    }
}
