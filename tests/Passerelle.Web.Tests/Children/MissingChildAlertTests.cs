using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Children;

[Collection(AppCollection.Name)]
public sealed class MissingChildAlertTests(PasserelleApp app)
{
    private static async Task<JsonElement?> AlertForAsync(HttpClient api, string reference)
    {
        var alerts = await api.GetAllItemsAsync("/api/v1/alerts");
        return alerts.EnumerateArray().Where(a => a.GetProperty("caseReference").GetString() == reference).Select(a => (JsonElement?)a).FirstOrDefault();
    }

    [Fact]
    public async Task ReportingAChildMissing_AlertsTheLeadAgencyThePoliceOfTheDepartementAndTheFocalPoint_Only()
    {
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, pseudonym) = await ChildCases.DisputedAgeAsync(ngo);
        await ChildCases.PutAsync(ngo, $"/api/v1/cases/{id}/child-protection/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);

        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = " ", reportedBy = "Veilleur fictif" }, HttpStatusCode.BadRequest);
        var reported = await ChildCases.PostAsync(ngo, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "Hôtel fictif, Bobigny", reportedBy = "Veilleur fictif" }, HttpStatusCode.OK);
        var episode = reported.GetProperty("missingEpisodes")[0];
        Assert.Equal("reported", episode.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, episode.GetProperty("alertedAt").ValueKind);

        foreach (var email in new[] { "childwelfare@demo.test", "police@demo.test", "coordinator@demo.test" })
        {
            var alert = await AlertForAsync(await app.ApiAsAsync(email), reference);
            Assert.True(alert is not null, $"{email} should be alerted");
            Assert.DoesNotContain(pseudonym, alert.Value.GetRawText(), StringComparison.Ordinal);
        }

        foreach (var email in new[] { "ngo@demo.test", "ngo2@demo.test", "labour@demo.test", "statistician@demo.test", "auditor@demo.test", "admin@demo.test" })
        {
            Assert.True(await AlertForAsync(await app.ApiAsAsync(email), reference) is null, $"{email} should not be alerted");
        }

        Assert.Equal(app.WithDb(db => db.Alerts.Count(a => a.CaseId == Guid.Parse(id))), episode.GetProperty("alertedUsers").GetInt32());
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.CaseId == Guid.Parse(id) && e.EventType == AuditEventType.MissingChildAlertsSent)));

        // Each user marks only their own alerts read.
        var police = await app.ApiAsAsync("police@demo.test");
        var alertId = (await AlertForAsync(police, reference))!.Value.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PostAsync($"/api/v1/alerts/{alertId}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await police.PostAsync($"/api/v1/alerts/{alertId}/read", null)).StatusCode);
        Assert.Equal(JsonValueKind.String, (await AlertForAsync(police, reference))!.Value.GetProperty("readAt").ValueKind);

        // Found, then closed; closing twice is refused.
        var episodeUrl = $"/api/v1/cases/{id}/missing-episodes/{episode.GetProperty("id").GetString()}";
        var found = await ChildCases.PostAsync(ngo, $"{episodeUrl}/found", new { where = "Gare fictive" }, HttpStatusCode.OK);
        Assert.Equal("found", found.GetProperty("missingEpisodes")[0].GetProperty("status").GetString());
        await ChildCases.PostAsync(ngo, $"{episodeUrl}/found", new { }, HttpStatusCode.Conflict);
        await ChildCases.PostAsync(ngo, $"{episodeUrl}/close", new { }, HttpStatusCode.OK);
        await ChildCases.PostAsync(ngo, $"{episodeUrl}/close", new { }, HttpStatusCode.Conflict);
        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{id}/missing-episodes/{Guid.NewGuid()}/close", new { }, HttpStatusCode.NotFound);
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        await ChildCases.PostAsync(ngo2, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "x", reportedBy = "y" }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ClosingWhileStillMissing_NeedsAReason()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, _, _) = await ChildCases.DisputedAgeAsync(ngo);
        var reported = await ChildCases.PostAsync(ngo, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "Foyer fictif", reportedBy = "Éducatrice fictive" }, HttpStatusCode.OK);
        var episodeUrl = $"/api/v1/cases/{id}/missing-episodes/{reported.GetProperty("missingEpisodes")[0].GetProperty("id").GetString()}";
        await ChildCases.PostAsync(ngo, $"{episodeUrl}/close", new { }, HttpStatusCode.BadRequest);
        var closed = await ChildCases.PostAsync(ngo, $"{episodeUrl}/close", new { reason = "Localisé à l'étranger, remis aux autorités (fictif)." }, HttpStatusCode.OK);
        Assert.Equal("closed", closed.GetProperty("missingEpisodes")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task AlertsPage_ListsTheUsersAlerts()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, _) = await ChildCases.DisputedAgeAsync(ngo);
        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "Hôtel fictif", reportedBy = "Veilleur fictif" }, HttpStatusCode.OK);
        var police = await app.PagesAsAsync("police@demo.test");
        var page = await police.GetStringAsync("/Notifications");
        Assert.Contains($"data-testid=\"notification-{reference}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unread-notifications\"", await police.GetStringAsync("/"), StringComparison.Ordinal);
        var labour = await app.PagesAsAsync("labour@demo.test");
        Assert.DoesNotContain(reference, await labour.GetStringAsync("/Notifications"), StringComparison.Ordinal);
    }
}
