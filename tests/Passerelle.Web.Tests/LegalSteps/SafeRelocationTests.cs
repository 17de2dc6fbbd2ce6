using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.LegalSteps;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.LegalSteps;

/// <summary>
/// Safe relocation through the Ac.Sé scheme (seed 000 ¶44; legal review §4 feature 3) as legal steps: danger assessment,
/// request for a place outside the département, confidential placement. The place is identifying: stored encrypted, and
/// returned only to users who may read the case's identity (the holding agency), never to the coordinator.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SafeRelocationTests(PasserelleApp app)
{
    private const string Place = "CHRS fictif Les Tilleuls, Vannes";
    private static readonly string Yesterday = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task TheThreeSteps_AreRecordedInOrder_AndThePlaceIsEncrypted_AndHiddenFromTheCoordinator()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Abri"))).GetProperty("id").GetString()!;
        var url = $"/api/v1/cases/{id}/legal-steps";

        // The request follows the assessment, the placement follows the request (seed 000 ¶44).
        var early = await ngo.PostAsJsonAsync(url, new { kind = "relocation-request", on = "2026-03-04", recipient = "Ac.Sé (ALC)" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.True((await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
        var noLevel = await ngo.PostAsJsonAsync(url, new { kind = "danger-assessment", on = "2026-03-03", recipient = "Association fictive" });
        Assert.True((await noLevel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("level", out _));
        var assessed = await ngo.PostAsJsonAsync(url, new { kind = "danger-assessment", on = "2026-03-03", recipient = "Association fictive", level = "immediate" });
        Assert.Equal(HttpStatusCode.Created, assessed.StatusCode);
        Assert.Equal("immediate", (await assessed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("level").GetString());
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync(url, new { kind = "relocation-request", on = "2026-03-04", recipient = "Ac.Sé (ALC)" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(url, new { kind = "confidential-placement", on = "2026-03-05" })).StatusCode);
        var placed = await ngo.PostAsJsonAsync(url, new { kind = "confidential-placement", on = "2026-03-05", place = Place });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var placement = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Place, placement.GetProperty("place").GetString());

        // Encrypted at rest: the column never holds the place.
        var stored = app.WithDb(db => db.Set<LegalStepRecord>().AsNoTracking().Single(s => s.Id == placement.GetProperty("id").GetGuid()).ProtectedPlace);
        Assert.NotNull(stored);
        Assert.DoesNotContain("Tilleuls", stored, StringComparison.Ordinal);

        // The holding agency reads it back.
        var own = (await ngo.GetAllItemsAsync(url)).EnumerateArray().ToList();
        Assert.Equal(["danger-assessment", "relocation-request", "confidential-placement"], own.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(Place, own[2].GetProperty("place").GetString());

        // The coordinator sees that there is a place, never which one: API and page.
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var seen = (await coordinator.GetAllItemsAsync(url)).EnumerateArray().ToList();
        Assert.Equal(3, seen.Count);
        Assert.False(seen[2].TryGetProperty("place", out _));
        Assert.True(seen[2].GetProperty("placeWithheld").GetBoolean());
        Assert.DoesNotContain("Tilleuls", (await coordinator.GetStringAsync(url)), StringComparison.Ordinal);
        var coordinatorPages = await app.PagesAsAsync("coordinator@demo.test");
        Assert.DoesNotContain("Tilleuls", WebUtility.HtmlDecode(await coordinatorPages.GetStringAsync($"/Cases/Details/{id}")), StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await coordinatorPages.GetStringAsync($"/LegalSteps/{id}"));
        Assert.DoesNotContain("Tilleuls", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"legal-step-place-withheld\"", html, StringComparison.Ordinal);
        Assert.Contains("Lieu: confidentiel", html, StringComparison.Ordinal);

        // Another agency reads nothing.
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task ThePageForm_RecordsTheRelocation_AndShowsThePlaceToTheHoldingAgency()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(api, CaseApi.Unique("AbriPage"))).GetProperty("id").GetString()!;
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var casePage = $"/Cases/Details/{id}";

        var refused = await Forms.PostAsync(pages, casePage, [F("Kind", "danger-assessment"), F("On", Yesterday), F("Recipient", "Association fictive")], $"/LegalSteps/{id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("legal-step-level-error", html, StringComparison.Ordinal);
        Assert.Contains("Indiquez le niveau de danger.", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pages, casePage,
            [F("Kind", "danger-assessment"), F("On", Yesterday), F("Recipient", "Association fictive"), F("Level", "high")], $"/LegalSteps/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pages, casePage,
            [F("Kind", "relocation-request"), F("On", Yesterday), F("Recipient", "Ac.Sé (ALC)")], $"/LegalSteps/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pages, casePage,
            [F("Kind", "confidential-placement"), F("On", Yesterday), F("Place", Place)], $"/LegalSteps/{id}")).StatusCode);

        var shown = WebUtility.HtmlDecode(await pages.GetStringAsync(casePage));
        Assert.Contains(Place, shown, StringComparison.Ordinal);
        Assert.Contains("Danger élevé", shown, StringComparison.Ordinal);
        Assert.Contains("Placement confidentiel", shown, StringComparison.Ordinal);
    }
}
