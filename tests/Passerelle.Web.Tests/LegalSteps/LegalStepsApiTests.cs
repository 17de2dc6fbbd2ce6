using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.LegalSteps;

[Collection(AppCollection.Name)]
public sealed class LegalStepsApiTests(PasserelleApp app)
{
    private static readonly string Today = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task RightsInformation_ThenReceipt_AreRecorded_AndScopedToTheHoldingAgency()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Legal"));
        var url = $"/api/v1/cases/{created.GetProperty("id")}/legal-steps";

        // The receipt follows the information on rights (R.425-2 after R.425-1).
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(url, new { kind = "receipt-requested", on = "2026-03-04" })).StatusCode);
        var noLanguage = await ngo.PostAsJsonAsync(url, new { kind = "rights-information", on = "2026-03-03", interpreter = true });
        Assert.Equal(HttpStatusCode.BadRequest, noLanguage.StatusCode);
        Assert.True((await noLanguage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("language", out _));

        // R.425-1: who gave the information is required (the police or gendarmerie service that took the statement).
        var noOneInformed = await ngo.PostAsJsonAsync(url, new { kind = "rights-information", on = "2026-03-03", language = "YO", interpreter = true });
        Assert.Equal(HttpStatusCode.BadRequest, noOneInformed.StatusCode);
        Assert.True((await noOneInformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("informedBy", out _));

        var informed = await ngo.PostAsJsonAsync(url, new { kind = "rights-information", on = "2026-03-03", language = "YO", interpreter = true, informedBy = " Commissariat fictif de Bobigny, agent 0000 " });
        Assert.Equal(HttpStatusCode.Created, informed.StatusCode);
        var step = await informed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("yo", step.GetProperty("language").GetString());
        Assert.Equal("Commissariat fictif de Bobigny, agent 0000", step.GetProperty("informedBy").GetString());
        Assert.Equal("specialised-ngo", step.GetProperty("agencyType").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(url, new { kind = "receipt-requested", on = "2026-03-02" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync(url, new { kind = "receipt-requested", on = "2026-03-04", recipient = "Préfecture de la Seine-Saint-Denis" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(url, new { kind = "rights-information", on = "2999-01-01", language = "en", interpreter = false, informedBy = "Brigade fictive" })).StatusCode);

        var list = await ngo.GetAllItemsAsync(url);
        Assert.Equal(["rights-information", "receipt-requested"], list.EnumerateArray().Select(s => s.GetProperty("kind").GetString()));

        // Another agency neither reads nor writes; the coordinator reads.
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.PostAsJsonAsync(url, new { kind = "rights-information", on = "2026-03-03", language = "en", interpreter = false, informedBy = "Brigade fictive" })).StatusCode);
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(2, (await coordinator.GetAllItemsAsync(url)).GetArrayLength());

        // Audited: the reads and the writes.
        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var entries = (await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?caseId={created.GetProperty("id")}&pageSize=200")).GetProperty("items").ToString();
        Assert.Contains("1191", entries, StringComparison.Ordinal);
        Assert.Contains("1190", entries, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProsecutorReport_HasAnOutcome_AndChildStepsNeedAChild()
    {
        var labour = await app.ApiAsAsync("labour@demo.test");
        var created = await CaseApi.CreateAsync(labour, CaseApi.Unique("Parquet"));
        var url = $"/api/v1/cases/{created.GetProperty("id")}/legal-steps";
        Assert.Equal(HttpStatusCode.BadRequest, (await labour.PostAsJsonAsync(url, new { kind = "prosecutor-report", on = "2026-03-03" })).StatusCode);
        var report = await labour.PostAsJsonAsync(url, new { kind = "prosecutor-report", on = "2026-03-03", recipient = "Parquet de Bobigny" });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var step = await report.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", step.GetProperty("outcome").GetString());

        var outcomeUrl = $"{url}/{step.GetProperty("id")}/outcome";
        Assert.Equal(HttpStatusCode.BadRequest, (await labour.PutAsJsonAsync(outcomeUrl, new { outcome = "investigation-opened" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await labour.PutAsJsonAsync(outcomeUrl, new { outcome = "investigation-opened", outcomeOn = "2026-03-01" })).StatusCode);
        var answered = await labour.PutAsJsonAsync(outcomeUrl, new { outcome = "investigation-opened", outcomeOn = Today });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("investigation-opened", (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());

        // The case is an adult's (born 2001): child-protection channels do not apply.
        var crip = await labour.PostAsJsonAsync(url, new { kind = "crip-information", on = "2026-03-03", recipient = "CRIP 93" });
        Assert.Equal(HttpStatusCode.Conflict, crip.StatusCode);

        var informed = await labour.PostAsJsonAsync(url, new { kind = "rights-information", on = "2026-03-03", language = "en", interpreter = false, informedBy = "Brigade fictive" });
        var informedId = (await informed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Conflict, (await labour.PutAsJsonAsync($"{url}/{informedId}/outcome", new { outcome = "dismissed", outcomeOn = Today })).StatusCode);
    }

    [Fact]
    public async Task ChildSteps_AreRecordedForAChild()
    {
        var childWelfare = await app.ApiAsAsync("childwelfare@demo.test");
        var body = CaseApi.Body(CaseApi.Unique("Child"));
        var json = JsonSerializer.SerializeToElement(body, PasserelleApp.Json);
        var dict = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        dict["birthYear"] = DateTime.UtcNow.Year - 14;
        var response = await childWelfare.PostAsJsonAsync("/api/v1/cases", dict);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var url = $"/api/v1/cases/{id}/legal-steps";
        Assert.Equal(HttpStatusCode.Created, (await childWelfare.PostAsJsonAsync(url, new { kind = "crip-information", on = "2026-03-03", recipient = "CRIP 93" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await childWelfare.PostAsJsonAsync(url, new { kind = "judge-order", on = "2026-03-05", recipient = "Juge des enfants, TJ Bobigny" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await childWelfare.PostAsJsonAsync(url, new { kind = "ad-hoc-administrator", on = "2026-03-06", recipient = "Association X (fictive)" })).StatusCode);

        var pages = await app.PagesAsAsync("childwelfare@demo.test");
        var html = await pages.GetStringAsync($"/Cases/Details/{id}");
        Assert.Contains("data-testid=\"legal-steps-table\"", html, StringComparison.Ordinal);
    }
}
