using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Children;

[Collection(AppCollection.Name)]
public sealed class FocalPointApiTests(PasserelleApp app)
{
    private const string Enquiries = "/api/v1/focal-point/enquiries";

    private static DateOnly Date(JsonElement element, string name) =>
        DateOnly.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Enquiry_IsDueOnTheRequestedDate_OrThirtyDaysLater_AndIsAnsweredOnce()
    {
        var nfp = await app.ApiAsAsync("coordinator@demo.test");
        var today = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System); // the date in Paris, as the server counts it
        var requested = await ChildCases.PostAsync(nfp, Enquiries, new
        {
            country = "ro",
            authority = "Autorité fictive roumaine",
            receivedOn = today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            subject = "Demande fictive sur un mineur",
            requestedBy = today.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, HttpStatusCode.Created);
        Assert.Equal(today.AddDays(4), Date(requested, "dueOn"));
        Assert.Equal("RO", requested.GetProperty("country").GetString());

        var old = await ChildCases.PostAsync(nfp, Enquiries, new
        {
            country = "NG",
            authority = "Fictitious Nigerian authority",
            receivedOn = today.AddDays(-45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            subject = "Fictitious family tracing",
        }, HttpStatusCode.Created);
        var due = Date(old, "dueOn");
        Assert.InRange(due.DayNumber - Date(old, "receivedOn").DayNumber, 30, 34);
        Assert.True(old.GetProperty("overdue").GetBoolean());
        Assert.Equal("overdue", old.GetProperty("status").GetString());

        var overdueList = await nfp.GetAllItemsAsync($"{Enquiries}?filter=overdue");
        Assert.Contains(overdueList.EnumerateArray(), e => e.GetProperty("id").GetString() == old.GetProperty("id").GetString());
        Assert.DoesNotContain(overdueList.EnumerateArray(), e => e.GetProperty("id").GetString() == requested.GetProperty("id").GetString());

        var url = $"{Enquiries}/{old.GetProperty("id").GetString()}";
        await ChildCases.PostAsync(nfp, $"{url}/answer", new { answer = " " }, HttpStatusCode.BadRequest);
        var answered = await ChildCases.PostAsync(nfp, $"{url}/answer", new { answer = "Réponse fictive envoyée." }, HttpStatusCode.OK);
        Assert.Equal(today, Date(answered, "answeredOn"));
        Assert.Equal("met", answered.GetProperty("status").GetString());
        await ChildCases.PostAsync(nfp, $"{url}/answer", new { answer = "Encore" }, HttpStatusCode.Conflict);
        Assert.Equal("Réponse fictive envoyée.", (await nfp.GetFromJsonAsync<JsonElement>(url)).GetProperty("answer").GetString());
        var answeredList = await nfp.GetAllItemsAsync($"{Enquiries}?filter=answered");
        Assert.Contains(answeredList.EnumerateArray(), e => e.GetProperty("id").GetString() == old.GetProperty("id").GetString());
        Assert.DoesNotContain("fictive envoy", app.WithDb(db => db.Enquiries.Single(e => e.Id == Guid.Parse(old.GetProperty("id").GetString()!)).ProtectedAnswer)!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await nfp.GetAsync($"{Enquiries}/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Enquiry_LinksACaseByReference_AndNamesEveryBadField()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, _) = await ChildCases.DisputedAgeAsync(ngo);
        var nfp = await app.ApiAsAsync("coordinator@demo.test");
        var linked = await ChildCases.PostAsync(nfp, Enquiries, new { country = "BE", authority = "Autorité fictive belge", subject = "Suivi fictif", linkedCase = reference }, HttpStatusCode.Created);
        Assert.Equal(id, linked.GetProperty("linkedCaseId").GetString());
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.CaseId == Guid.Parse(id) && e.EventType == AuditEventType.EnquiryReceived)));

        var badCase = await nfp.PostAsJsonAsync(Enquiries, new { country = "BE", authority = "A", subject = "S", linkedCase = "2099-99999" });
        Assert.Equal(HttpStatusCode.BadRequest, badCase.StatusCode);
        Assert.True((await badCase.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("linkedCase", out _));
        var badCountry = await nfp.PostAsJsonAsync(Enquiries, new { country = "XX", authority = "A", subject = "S" });
        Assert.True((await badCountry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("country", out _));
        var count = app.WithDb(db => db.Enquiries.Count());
        await ChildCases.PostAsync(nfp, Enquiries, new { country = "ES", authority = "A", subject = "S", receivedOn = "2026-01-10", requestedBy = "2026-01-01" }, HttpStatusCode.BadRequest);
        Assert.Equal(count, app.WithDb(db => db.Enquiries.Count()));
    }

    [Fact]
    public async Task OnlyTheFocalPoint_HandlesEnquiries()
    {
        foreach (var email in new[] { "ngo@demo.test", "childwelfare@demo.test", "statistician@demo.test", "admin@demo.test" })
        {
            var api = await app.ApiAsAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync(Enquiries)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync(Enquiries, new { country = "RO", authority = "A", subject = "S" })).StatusCode);
        }

        var ngoPages = await app.PagesAsAsync("ngo@demo.test");
        Assert.NotEqual(HttpStatusCode.OK, (await ngoPages.GetAsync("/FocalPoint")).StatusCode);
    }
    [Fact]
    public async Task MissingChildren_ReportedThroughTheApi_AreListedForTheFocalPoint_OnPageAndApi_StillMissingFirst()
    {
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, pseudonym) = await ChildCases.DisputedAgeAsync(ngo);
        await ChildCases.PutAsync(ngo, $"/api/v1/cases/{id}/child-protection/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);
        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "Gare fictive de Bobigny, vers 22 h", reportedBy = "Éducateur fictif" }, HttpStatusCode.OK);
        var (foundId, foundReference, _) = await ChildCases.DisputedAgeAsync(ngo);
        var reported = await ChildCases.PostAsync(ngo, $"/api/v1/cases/{foundId}/missing-episodes", new { lastSeenAt = "Foyer fictif", reportedBy = "Veilleuse fictive" }, HttpStatusCode.OK);
        var episodeId = reported.GetProperty("missingEpisodes")[0].GetProperty("id").GetString();
        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{foundId}/missing-episodes/{episodeId}/found", new { where = "Gare fictive" }, HttpStatusCode.OK);

        var nfp = await app.ApiAsAsync("coordinator@demo.test");
        var open = await nfp.GetAllItemsAsync("/api/v1/focal-point/missing-children");
        var episode = Assert.Single(open.EnumerateArray(), e => e.GetProperty("caseReference").GetString() == reference);
        Assert.Equal("reported", episode.GetProperty("status").GetString());
        Assert.Equal("Gare fictive de Bobigny, vers 22 h", episode.GetProperty("lastSeenAt").GetString());
        Assert.Equal(id, episode.GetProperty("caseId").GetString());
        Assert.Equal(agencies["child-welfare"], episode.GetProperty("leadAgencyId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(episode.GetProperty("leadAgency").GetString()));
        Assert.All(open.EnumerateArray(), e => Assert.Equal("reported", e.GetProperty("status").GetString()));
        Assert.DoesNotContain(open.EnumerateArray(), e => e.GetProperty("caseReference").GetString() == foundReference);
        Assert.DoesNotContain(pseudonym, open.GetRawText(), StringComparison.Ordinal);

        var all = await nfp.GetAllItemsAsync("/api/v1/focal-point/missing-children?status=all");
        var found = Assert.Single(all.EnumerateArray(), e => e.GetProperty("caseReference").GetString() == foundReference);
        Assert.Equal("found", found.GetProperty("status").GetString());
        var statuses = all.EnumerateArray().Select(e => e.GetProperty("status").GetString()).ToList();
        Assert.Equal(statuses.OrderBy(s => s == "reported" ? 0 : 1), statuses);
        Assert.Equal(HttpStatusCode.BadRequest, (await nfp.GetAsync("/api/v1/focal-point/missing-children?status=lost")).StatusCode);
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == AuditEventType.MissingChildrenListed && e.Details!.Contains(reference))));

        var pages = await app.PagesAsAsync("coordinator@demo.test");
        var page = System.Net.WebUtility.HtmlDecode(await pages.GetStringAsync("/FocalPoint"));
        Assert.Contains($"data-testid=\"missing-{reference}\"", page, StringComparison.Ordinal);
        Assert.Contains("Gare fictive de Bobigny, vers 22 h", page, StringComparison.Ordinal);
        Assert.Contains("Toujours disparu", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"missing-{foundReference}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"missing-{foundReference}\"", await pages.GetStringAsync("/FocalPoint?missing=all"), StringComparison.Ordinal);

        // Nobody else: the API answers 403 as for the enquiries, the page sends them to "access denied".
        foreach (var email in new[] { "ngo@demo.test", "childwelfare@demo.test", "police@demo.test", "statistician@demo.test", "auditor@demo.test", "admin@demo.test" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(email)).GetAsync("/api/v1/focal-point/missing-children?status=all")).StatusCode);
        }

        var denied = await (await app.PagesAsAsync("childwelfare@demo.test")).GetAsync("/FocalPoint?missing=all");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
