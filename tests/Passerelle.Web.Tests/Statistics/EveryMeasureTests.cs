using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Tests.Children;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Referrals;

namespace Passerelle.Web.Tests.Statistics;

/// <summary>
/// Eight persons detected in 2026, built through the API of each feature, with the threshold at 1 so that every
/// value is published:
/// <list type="bullet">
/// <item>A (woman): a referral accepted by a shelter;</item>
/// <item>B (woman): prefecture receipt, a first residence permit, an APS, an authorised exit-pathway application;</item>
/// <item>C (woman): a residence permit renewal;</item>
/// <item>D (woman): a complaint, €12,500.50 confiscated, claims of €20,000 (€15,000 granted) and €5,000; procuring
/// (225-5) charged, pending;</item>
/// <item>E (woman): a claim of €3,000.10, not decided, €99.99 confiscated; trafficking (225-4-1) charged, acquitted;</item>
/// <item>F (man, age disputed so a child): reported missing; trafficking and procuring (225-4-1, 225-6) charged,
/// convicted;</item>
/// <item>G (woman): screened, reasonable and conclusive grounds positive; H (man): screened, reasonable grounds positive.</item>
/// </list>
/// </summary>
public sealed class EveryMeasureFixture : IAsyncLifetime
{
    public static readonly DateOnly Detected = new(2026, 3, 2);

    public StatisticsApp App { get; } = new() { Threshold = 1 };

    public async ValueTask InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        var ngo = await App.ApiAsAsync("ngo@demo.test");

        var provider = await ReferralApi.ShelterProviderAsync(App);
        var referral = await ReferralApi.SentReferralAsync(ngo, provider);
        var shelter = await App.ApiAsAsync("shelter@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await shelter.PostAsync($"/api/v1/referrals/{referral}/accept", null)).StatusCode);

        await PutAsync(ngo, await NewCaseAsync(ngo), "rights", new
        {
            prefectureReceiptOn = "2026-03-05",
            residencePermits = new[] { new { kind = "first", issuedOn = "2026-04-20" } },
            provisionalAuthorisations = new[] { new { grantedOn = "2026-03-10" } },
            exitPathwayApplications = new[] { new { appliedOn = "2026-03-12", decidedOn = "2026-04-01", authorised = true } },
        });
        await PutAsync(ngo, await NewCaseAsync(ngo), "rights", new
        {
            residencePermits = new[] { new { kind = "renewal", issuedOn = "2026-05-20" } },
        });
        await PutAsync(ngo, await NewCaseAsync(ngo), "proceedings", new
        {
            complaintFiledOn = "2026-03-03",
            offencesCharged = new[] { "225-5" },
            outcome = "pending",
            confiscations = new[] { new { orderedOn = "2026-06-02", amount = 12500.50m } },
            compensationClaims = new object[]
            {
                new { body = "civi", filedOn = "2026-04-01", amountClaimed = 20000m, decidedOn = "2026-06-10", amountGranted = 15000m },
                new { body = "agrasc", filedOn = "2026-05-01", amountClaimed = 5000m },
            },
        });
        await PutAsync(ngo, await NewCaseAsync(ngo), "proceedings", new
        {
            offencesCharged = new[] { "art. 225-4-1 CP" },
            outcome = "acquitted",
            decidedOn = "2026-06-01",
            confiscations = new[] { new { orderedOn = "2026-06-03", amount = 99.99m } },
            compensationClaims = new object[] { new { body = "civi", filedOn = "2026-04-02", amountClaimed = 3000.10m } },
        });

        var (child, _, _) = await ChildCases.DisputedAgeAsync(ngo);
        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{child}/missing-episodes", new { lastSeenAt = "Foyer fictif", reportedBy = "Éducatrice fictive" }, HttpStatusCode.OK);
        await PutAsync(ngo, child, "proceedings", new
        {
            offencesCharged = new[] { "225-4-1", "225-6" },
            outcome = "convicted",
            decidedOn = "2026-06-15",
        });

        await App.AddCaseAsync(new StatisticsCase(Sex.Female, "NG", "93", Detected, AgencyType.SpecialisedNgo)
        {
            BirthYear = 2001,
            Screened = true,
            Positive = [IdentificationStage.Rg, IdentificationStage.Cg],
        });
        await App.AddCaseAsync(new StatisticsCase(Sex.Male, "RO", "75", Detected, AgencyType.LabourInspection)
        {
            EstimatedAge = 30,
            Screened = true,
            Positive = [IdentificationStage.Rg],
        });
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    private static async Task<string> NewCaseAsync(HttpClient ngo) =>
        (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Mesure"), null)).GetProperty("id").GetString()!;

    private static async Task PutAsync(HttpClient api, string caseId, string part, object body)
    {
        var url = $"/api/v1/cases/{caseId}/{part}";
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd((await api.GetAsync(url)).Headers.ETag!.Tag);
        var saved = await api.SendAsync(request);
        Assert.True(saved.IsSuccessStatusCode, $"PUT {url}: {await saved.Content.ReadAsStringAsync()}");
    }
}

public sealed class EveryMeasureTests(EveryMeasureFixture fixture) : IClassFixture<EveryMeasureFixture>
{
    public static TheoryData<string, string> Expected => new()
    {
        { "registered", "female=6 male=2 total=8" },
        { "screened", "female=1 male=1 total=2" },
        { "rg-positive", "female=1 male=1 total=2" },
        { "cg-positive", "female=1 male=0 total=1" },
        { "assisted", "female=1 male=0 total=1" },
        { "sheltered", "female=1 male=0 total=1" },
        { "reflection-periods", "female=1 male=0 total=1" },
        { "residence-permits", "female=2 male=0 total=2" },
        { "residence-permits-first", "female=1 male=0 total=1" },
        { "residence-permits-renewal", "female=1 male=0 total=1" },
        { "aps", "female=1 male=0 total=1" },
        { "exit-pathway", "female=1 male=0 total=1" },
        { "complaints", "female=1 male=0 total=1" },
        { "compensation-claimed", "female=2 male=0 total=2" },
        { "compensation-granted", "female=1 male=0 total=1" },
        { "compensation-claimed-amount", "female=28000.1 male=0 total=28000.1" },
        { "compensation-granted-amount", "female=15000 male=0 total=15000" },
        { "confiscations", "female=12600.49 male=0 total=12600.49" },
        { "children-missing", "female=0 male=1 total=1" },
        { "charged-trafficking", "female=1 male=0 total=1" },
        { "charged-procuring", "female=1 male=0 total=1" },
        { "charged-both", "female=0 male=1 total=1" },
        { "prosecuted", "female=1 male=1 total=2" },
        { "convicted", "female=0 male=1 total=1" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Every_measure_gives_its_exact_table_through_the_api(string measure, string expected)
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var table = await api.GetFromJsonAsync<JsonElement>($"/api/v1/statistics/{measure}?by=sex&year=2026&method=suppression");

        Assert.Equal(1, table.GetProperty("threshold").GetInt32());
        var cells = table.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("sex").GetString()!, c => Shown(c.GetProperty("value")));
        var shown = $"female={cells["female"]} male={cells["male"]} total={Shown(table.GetProperty("total").GetProperty("value"))}";
        Assert.Equal(expected, shown);
        Assert.Equal(MeasureCatalogue.All.Count, Expected.Count);
    }

    private static string Shown(JsonElement value) => value.GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<CrossTable> TabulateAsync(Measure measure) =>
        await fixture.App.WithScopeAsync(services => services.GetRequiredService<StatisticsAggregation>().TabulateAsync(
            new StatisticsQuery(measure, [StatisticalDimension.Sex]) { Filters = new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = "2026" } },
            CancellationToken.None));

    [Theory]
    [InlineData(Measure.CompensationClaimedAmount, "28000.10", 2)]
    [InlineData(Measure.CompensationGrantedAmount, "15000", 1)]
    [InlineData(Measure.Confiscations, "12600.49", 2)]
    public async Task An_amount_counts_only_the_persons_with_a_non_zero_amount_and_sums_to_the_cent(Measure measure, string euros, int persons)
    {
        var table = await TabulateAsync(measure);

        Assert.Equal(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture), table["female"].Value);
        Assert.Equal(persons, table["female"].Persons);
        Assert.Equal(0, table["male"].Persons);
        Assert.Equal(persons, table.GrandTotal.Persons);
    }

    [Fact]
    public async Task Totals_read_in_one_scan_equal_each_measures_own_table()
    {
        var measures = MeasureCatalogue.All.Select(d => d.Measure).ToList();
        var in2026 = new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = "2026" };
        var totals = await fixture.App.WithScopeAsync(services => services.GetRequiredService<StatisticsAggregation>()
            .TotalsAsync(measures, in2026, CancellationToken.None));

        Assert.Equal(measures.Count, totals.Count);
        for (var i = 0; i < measures.Count; i++)
        {
            var own = await TabulateAsync(measures[i]);
            Assert.Equal(measures[i], totals[i].Measure);
            Assert.Equal((own.GrandTotal.Value, own.GrandTotal.Persons), (totals[i].GrandTotal.Value, totals[i].GrandTotal.Persons));
        }

        Assert.Contains(totals, t => t.GrandTotal.Value > 0 && MeasureCatalogue.KindOf(t.Measure) == MeasureKind.Amount);
    }

    [Fact]
    public async Task An_amount_of_one_person_among_many_registered_is_suppressed()
    {
        // Six women are registered but one was granted €15,000: with a threshold of 5 her cell is primary.
        var table = DisclosureControl.Protect(await TabulateAsync(Measure.CompensationGrantedAmount), new DisclosureOptions { Threshold = 5 });

        Assert.True(table["female"].Suppressed);
        Assert.True(table.GrandTotal.Suppressed);
        Assert.Equal(0m, table["male"].Value);
    }

    [Fact]
    public async Task The_excel_export_holds_the_same_k_anonymous_rows_as_the_csv()
    {
        var api = await fixture.App.ApiAsAsync("statistician@demo.test");
        var csvText = await api.GetStringAsync("/api/v1/statistics/export?format=csv");
        var response = await api.GetAsync("/api/v1/statistics/export?format=xlsx");
        Assert.Equal(StatisticsApi.XlsxContentType, response.Content.Headers.ContentType?.MediaType);

        var csvRows = new List<string>();
        using (var csv = CsvReader.Create(new StringReader(csvText), new CsvReaderOptions { HasHeader = true }))
        {
            csv.ReadHeader();
            Assert.Equal<string>(StatisticsDocuments.ExportHeader, csv.Headers);
            while (csv.Read())
            {
                csvRows.Add(string.Join('|', Enumerable.Range(0, csv.Headers.Count).Select(csv.GetString)));
            }
        }

        var sheet = Spreadsheet.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), null);
        var width = StatisticsDocuments.ExportHeader.Length;
        Assert.Equal<string>(StatisticsDocuments.ExportHeader, sheet[0].Take(width));
        var xlsxRows = sheet.Skip(1).Where(r => r.Any(c => c.Length > 0)).Select(r => string.Join('|', r.Take(width))).ToList();

        Assert.NotEmpty(xlsxRows);
        Assert.Equal(csvRows, xlsxRows);
        Assert.All(xlsxRows.GroupBy(r => string.Join('|', r.Split('|').Take(6))), g => Assert.True(g.Count() >= 5, $"class {g.Key} has {g.Count()} rows"));
    }
}
