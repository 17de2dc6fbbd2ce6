using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Story;

namespace Passerelle.Web.Tests.DataProtection;

/// <summary>The right of access (GDPR art. 15): everything held about one person, as JSON and PDF, for the holding agency only, audited once.</summary>
[Collection(AppCollection.Name)]
public sealed class PersonalDataTests(PasserelleApp app)
{
    private async Task<(HttpClient Ngo, string Id, string Reference)> CaseWithNoteAsync(string legalName, string note)
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Rgpd"), legalName);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = note })).StatusCode);
        return (ngo, id, created.GetProperty("reference").GetString()!);
    }

    private int Entries(string id, AuditEventType type) =>
        app.WithDb(db => db.AuditEntries.Count(e => e.CaseId == Guid.Parse(id) && e.EventType == type));

    [Fact(DisplayName = "GDPR art. 15: the holding agency exports everything held about the person as JSON, in one audit entry")]
    public async Task Export_HoldsEveryCategory_AndIsAuditedOnce()
    {
        var (ngo, id, reference) = await CaseWithNoteAsync("Zorglubova Rgpd-Fictiva", "Zorglub-Rgpd note fictive.");
        var viewedBefore = Entries(id, AuditEventType.CaseViewed);

        var response = await ngo.GetAsync($"/api/v1/cases/{id}/personal-data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(reference, export.GetProperty("case").GetProperty("reference").GetString());
        Assert.Contains("Zorglubova Rgpd-Fictiva", export.GetProperty("case").GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Zorglub-Rgpd note fictive.", export.GetProperty("notes")[0].GetProperty("text").GetString());
        foreach (var section in new[] { "screenings", "qualifications", "identification", "referrals", "legalSteps", "deadlines", "attachments", "accesses" })
        {
            Assert.Equal(JsonValueKind.Array, export.GetProperty(section).ValueKind);
        }

        Assert.Equal(JsonValueKind.Object, export.GetProperty("linkedRecords").ValueKind);
        Assert.Equal(JsonValueKind.Object, export.GetProperty("closure").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(export.GetProperty("notice").GetProperty("legalBasis").GetString()));
        // Who read or changed the file: the registration is there, by agency, never by name (CJEU C-579/21).
        var accesses = export.GetProperty("accesses").EnumerateArray().ToList();
        Assert.Contains(accesses, a => a.GetProperty("code").GetInt32() == (int)AuditEventType.CaseCreated && a.GetProperty("agency").GetString()!.Length > 0);
        Assert.DoesNotContain("ngo@demo.test", export.GetProperty("accesses").GetRawText(), StringComparison.Ordinal);

        // One entry for the export, listing the sections read; the section reads are not written one by one.
        Assert.Equal(1, Entries(id, AuditEventType.PersonalDataExported));
        Assert.Equal(viewedBefore, Entries(id, AuditEventType.CaseViewed));
        Assert.Equal(0, Entries(id, AuditEventType.NotesViewed));
        var details = app.WithDb(db => db.AuditEntries.Single(e => e.CaseId == Guid.Parse(id) && e.EventType == AuditEventType.PersonalDataExported).Details);
        Assert.StartsWith(reference + " shown=", details, StringComparison.Ordinal);
        Assert.Contains("notes-viewed", details, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "GDPR art. 15(3): the copy as PDF, in the reader's language, holds the same data")]
    public async Task Export_AsPdf_InTheReadersLanguage()
    {
        var (ngo, id, reference) = await CaseWithNoteAsync("Zorglubova Pdfrgpd-Fictiva", "Zorglub-Pdfrgpd note.");
        foreach (var (url, language, title) in new[]
        {
            ($"/api/v1/cases/{id}/personal-data?format=pdf", "en-GB", "Personal data held"),
            ($"/api/v1/cases/{id}/personal-data.pdf", "fr-FR", "Données personnelles détenues"),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await ngo.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            var text = DocumentsApiTests.TextOf(await response.Content.ReadAsByteArrayAsync());
            Assert.Contains(title, text, StringComparison.Ordinal);
            Assert.Contains(reference, text, StringComparison.Ordinal);
            Assert.Contains("Pdfrgpd-Fictiva", text, StringComparison.Ordinal);
            Assert.Contains("Zorglub-Pdfrgpd", text, StringComparison.Ordinal);
        }

        Assert.Equal(2, Entries(id, AuditEventType.PersonalDataExported));
    }

    [Fact(DisplayName = "GDPR art. 15: only the holding agency answers; others get 404 or 403, a bad format a localized 400")]
    public async Task Export_IsTheHoldingAgencys_AndRefusesBadFormats()
    {
        var (ngo, id, _) = await CaseWithNoteAsync("Zorglubova Scope-Fictiva", "Zorglub-Scope note.");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("ngo2@demo.test")).GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync("coordinator@demo.test")).GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync("statistician@demo.test")).GetAsync($"/api/v1/cases/{id}/personal-data.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/cases/{Guid.NewGuid()}/personal-data")).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{id}/personal-data?format=xml");
        request.Headers.AcceptLanguage.ParseAdd("fr");
        using var bad = await ngo.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("L'export existe en json et en pdf.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, Entries(id, AuditEventType.PersonalDataExported));
    }

    [Fact(DisplayName = "Issue 17: POST /cases/{id}/close closes the case with a reason, as POST /closure (its alias) does")]
    public async Task Close_IsTheContract_AndClosureItsAlias()
    {
        var (ngo, id, _) = await CaseWithNoteAsync("Zorglubova Close-Fictiva", "Zorglub-Close note.");
        var closed = await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/close", new { reason = "integration", closedOn = "2026-06-01" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, Entries(id, AuditEventType.CaseClosed));
        // Once only, whichever route.
        Assert.Equal(HttpStatusCode.Conflict, (await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "relocation", closedOn = "2026-06-02" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/close", new { reason = "relocation", closedOn = "2026-06-02" })).StatusCode);
    }

    [Fact(DisplayName = "GDPR art. 15: the page from the case offers the export, which downloads as JSON and PDF and is audited")]
    public async Task Page_OffersTheExport_ForTheHoldingAgencyOnly()
    {
        var (_, id, reference) = await CaseWithNoteAsync("Zorglubova Page-Fictiva", "Zorglub-Page note.");
        var pages = await app.PagesAsAsync("ngo@demo.test");
        Assert.Contains($"/DataProtection/{id}", await pages.GetStringAsync($"/Cases/Details/{id}"), StringComparison.Ordinal);
        var page = await pages.GetStringAsync($"/DataProtection/{id}");
        Assert.Contains("personal-data-pdf", page, StringComparison.Ordinal);

        var json = await pages.GetAsync($"/DataProtection/{id}?handler=Download&format=json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(reference, (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("reference").GetString());
        var pdf = await pages.GetAsync($"/DataProtection/{id}?handler=Download&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page-Fictiva", DocumentsApiTests.TextOf(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(2, Entries(id, AuditEventType.PersonalDataExported));

        var other = await app.PagesAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/DataProtection/{id}?handler=Download&format=json")).StatusCode);
        Assert.DoesNotContain($"/DataProtection/{id}", await (await app.PagesAsAsync("coordinator@demo.test")).GetStringAsync($"/Cases/Details/{id}"), StringComparison.Ordinal);
    }
}
