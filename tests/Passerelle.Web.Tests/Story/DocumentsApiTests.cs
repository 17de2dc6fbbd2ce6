using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Referrals;
using UglyToad.PdfPig;

namespace Passerelle.Web.Tests.Story;

[Collection(AppCollection.Name)]
public sealed class DocumentsApiTests(PasserelleApp app)
{
    /// <summary>The text of every page of a PDF, words separated by spaces, as PdfPig reads it.</summary>
    public static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static async Task<(HttpStatusCode Status, string Text)> PdfAsync(HttpClient api, string url, string language = "en-GB")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await api.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, TextOf(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task CaseSummary_HoldsTheIdentityForTheHoldingAgencyOnly()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Pdf"), "Zorglubova Fictiva");
        var caseId = created.GetProperty("id").GetString();
        var reference = created.GetProperty("reference").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = "Zorglub-Pdf-note fictive." })).StatusCode);

        var (status, text) = await PdfAsync(ngo, $"/api/v1/cases/{caseId}/summary.pdf");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Case summary", text, StringComparison.Ordinal);
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains("Zorglubova", text, StringComparison.Ordinal);
        Assert.Contains("Zorglub-Pdf-note", text, StringComparison.Ordinal);

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var (seenStatus, seen) = await PdfAsync(coordinator, $"/api/v1/cases/{caseId}/summary.pdf", "fr-FR");
        Assert.Equal(HttpStatusCode.OK, seenStatus);
        Assert.Contains("Synthèse du dossier", seen, StringComparison.Ordinal);
        Assert.Contains(reference, seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorglub", seen, StringComparison.Ordinal);
        Assert.Contains("pseudonymisée", seen, StringComparison.Ordinal);

        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync($"/api/v1/cases/{caseId}/summary.pdf")).StatusCode);

        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var entries = (await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?caseId={caseId}&pageSize=200")).GetProperty("items").ToString();
        Assert.Contains("1615", entries, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RightsSheet_IsInFrenchOrEnglish_WithItsArticles()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Sheet"))).GetProperty("id").GetString();

        var (_, french) = await PdfAsync(ngo, $"/api/v1/cases/{caseId}/rights-sheet.pdf?language=fr");
        Assert.Contains("délai de réflexion", french, StringComparison.Ordinal);
        Assert.Contains("R.425-2", french, StringComparison.Ordinal);
        var (_, english) = await PdfAsync(ngo, $"/api/v1/cases/{caseId}/rights-sheet.pdf?language=en", "fr-FR");
        Assert.Contains("reflection period", english, StringComparison.Ordinal);
        Assert.DoesNotContain("délai de réflexion", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.GetAsync($"/api/v1/cases/{caseId}/rights-sheet.pdf?language=de")).StatusCode);
    }

    [Fact]
    public async Task Attestation_ExistsOnlyOnceThePanelHasDecided()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var ids = (await admin.GetAllItemsAsync("/api/v1/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("id").GetString()!);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Attest"), "Zorglubine Attestee");
        var url = $"/api/v1/cases/{created.GetProperty("id")}";
        var code = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual).In(Dimension.ExploitativeConditions).First().Code;
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/screenings", new { exploitation = "sexual", indicators = new[] { code } })).StatusCode);

        var none = await ngo.GetAsync($"{url}/attestation.pdf");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("attestation.no-decision", (await none.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel = new[] { ids["police@demo.test"], ids["labour@demo.test"] } })).StatusCode);
        var police = await app.ApiAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.Accepted, (await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Indicators of coercion (fictive test)." })).StatusCode);
        var labour = await app.ApiAsAsync("labour@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await labour.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Working conditions (fictive test)." })).StatusCode);

        var (status, text) = await PdfAsync(ngo, $"{url}/attestation.pdf");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("reasonable grounds to believe", text, StringComparison.Ordinal);
        Assert.Contains("Zorglubine", text, StringComparison.Ordinal);
        Assert.Contains("R.425-2", text, StringComparison.Ordinal);

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var (seenStatus, seen) = await PdfAsync(coordinator, $"{url}/attestation.pdf");
        Assert.Equal(HttpStatusCode.OK, seenStatus);
        Assert.DoesNotContain("Zorglub", seen, StringComparison.Ordinal);
        Assert.Contains(created.GetProperty("reference").GetString()!, seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferralForm_ShowsTheProviderTheLanguages_NotTheName()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var provider = await ReferralApi.ShelterProviderAsync(app);
        var referralId = await ReferralApi.SentReferralAsync(ngo, provider);

        var shelter = await app.ApiAsAsync("shelter@demo.test");
        var (status, text) = await PdfAsync(shelter, $"/api/v1/referrals/{referralId}/form.pdf");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Referral form", text, StringComparison.Ordinal);
        Assert.Contains("yo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nom Legal Fictif", text, StringComparison.Ordinal);

        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync($"/api/v1/referrals/{referralId}/form.pdf")).StatusCode);
    }
}
