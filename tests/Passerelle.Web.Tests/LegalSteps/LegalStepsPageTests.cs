using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.LegalSteps;

/// <summary>
/// The legal-steps form of the case page: it writes through the same service as the API (same scope, same rules,
/// same audit), confirms on the case page, shows refused fields in French, and the prosecutor's answer is recorded
/// on a report.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LegalStepsPageTests(PasserelleApp app)
{
    private static readonly string Yesterday = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task TheCasePage_RecordsEachStep_ThroughTheService_AndConfirms()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(api, CaseApi.Unique("Demarche"))).GetProperty("id").GetString()!;
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var casePage = $"/Cases/Details/{id}";
        Assert.Contains("data-testid=\"legal-step-form\"", await pages.GetStringAsync(casePage), StringComparison.Ordinal);

        // Refused: the page names the field in French and keeps what was typed.
        var refused = await Forms.PostAsync(pages, casePage, [F("Kind", "rights-information"), F("On", Yesterday), F("Interpreter", "yes")], $"/LegalSteps/{id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("legal-step-language-error", html, StringComparison.Ordinal);
        Assert.Contains("une langue que la personne comprend", html, StringComparison.Ordinal);
        Assert.Contains("legal-step-informedBy-error", html, StringComparison.Ordinal);

        var informed = await Forms.PostAsync(pages, casePage,
            [F("Kind", "rights-information"), F("On", Yesterday), F("Language", "ro"), F("Interpreter", "yes"), F("InformedBy", "Commissariat fictif")], $"/LegalSteps/{id}");
        Assert.Equal(HttpStatusCode.Redirect, informed.StatusCode);
        Assert.Equal($"/Cases/Details/{id}#legal-steps", informed.Headers.Location!.OriginalString);
        Assert.Contains("Démarche juridique enregistrée.", WebUtility.HtmlDecode(await pages.GetStringAsync(casePage)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pages, casePage,
            [F("Kind", "receipt-requested"), F("On", Yesterday), F("Recipient", "Préfecture fictive")], $"/LegalSteps/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pages, casePage,
            [F("Kind", "prosecutor-report"), F("On", Yesterday), F("Recipient", "Parquet fictif de Bobigny"), F("Outcome", "pending")], $"/LegalSteps/{id}")).StatusCode);

        var steps = await api.GetAllItemsAsync($"/api/v1/cases/{id}/legal-steps");
        Assert.Equal(["rights-information", "receipt-requested", "prosecutor-report"], steps.EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        var info = steps[0];
        Assert.Equal("ro", info.GetProperty("language").GetString());
        Assert.True(info.GetProperty("interpreter").GetBoolean());
        Assert.Equal("Commissariat fictif", info.GetProperty("informedBy").GetString());
        Assert.Contains("Informé(e) par", WebUtility.HtmlDecode(await pages.GetStringAsync(casePage)), StringComparison.Ordinal);

        // The prosecutor's answer, on the report's own form.
        var reportId = steps[2].GetProperty("id").GetString()!;
        var badAnswer = await Forms.PostAsync(pages, casePage, [F("StepId", reportId), F("Outcome", "prosecuted")], $"/LegalSteps/{id}?handler=Outcome");
        Assert.Equal(HttpStatusCode.OK, badAnswer.StatusCode);
        Assert.Contains("Indiquez la date de la réponse du parquet.", WebUtility.HtmlDecode(await badAnswer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var answered = await Forms.PostAsync(pages, casePage, [F("StepId", reportId), F("Outcome", "prosecuted"), F("OutcomeOn", Yesterday)], $"/LegalSteps/{id}?handler=Outcome");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var report = (await api.GetAllItemsAsync($"/api/v1/cases/{id}/legal-steps"))[2];
        Assert.Equal("prosecuted", report.GetProperty("outcome").GetString());

        // A child-only step on an adult's case is refused with its reason.
        var crip = await Forms.PostAsync(pages, casePage, [F("Kind", "crip-information"), F("On", Yesterday), F("Recipient", "CRIP fictive")], $"/LegalSteps/{id}");
        Assert.Equal(HttpStatusCode.OK, crip.StatusCode);
        Assert.Contains("Cette démarche concerne un enfant", WebUtility.HtmlDecode(await crip.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheForm_FollowsTheApisAccessRules()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(api, CaseApi.Unique("Demarche"))).GetProperty("id").GetString()!;

        // Another agency: 404 on the page, and a post cannot reach the case (token read from its own home page).
        var ngo2 = await app.PagesAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync($"/LegalSteps/{id}")).StatusCode);
        var foreign = await Forms.PostAsync(ngo2, "/Cases", [F("Kind", "rights-information"), F("On", Yesterday), F("Language", "en"), F("Interpreter", "no"), F("InformedBy", "Brigade fictive")], $"/LegalSteps/{id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        // The coordinator reads the steps but has no form, and a post is forbidden.
        var coordinator = await app.PagesAsAsync("coordinator@demo.test");
        var page = await coordinator.GetAsync($"/LegalSteps/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("legal-step-form", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await Forms.PostAsync(coordinator, $"/LegalSteps/{id}", [F("Kind", "rights-information"), F("On", Yesterday), F("Language", "en"), F("Interpreter", "no"), F("InformedBy", "Brigade fictive")]);
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.Equal(0, (await api.GetAllItemsAsync($"/api/v1/cases/{id}/legal-steps")).GetArrayLength());
    }
}
