using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Children;

/// <summary>Who leads a child's case, who is alerted when it has no lead, and who decides for the child.</summary>
[Collection(AppCollection.Name)]
public sealed class ChildLeadAgencyTests(PasserelleApp app)
{
    private static async Task<bool> AlertedAsync(HttpClient api, string reference) =>
        (await api.GetAllItemsAsync("/api/v1/alerts")).EnumerateArray().Any(a => a.GetProperty("caseReference").GetString() == reference);

    [Fact]
    public async Task ChildWelfareHoldingTheCase_LeadsItByDefault()
    {
        var childWelfare = await app.ApiAsAsync("childwelfare@demo.test");
        var (id, _, _) = await ChildCases.DisputedAgeAsync(childWelfare);
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);

        var view = await childWelfare.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/child-protection");
        Assert.Equal(agencies["child-welfare"], view.GetProperty("leadAgency").GetProperty("id").GetString());
        Assert.True(view.GetProperty("leadAgencyByDefault").GetBoolean());
        Assert.False(view.GetProperty("leadAgencyMissing").GetBoolean());
        Assert.True(view.GetProperty("canDecide").GetBoolean());
    }

    [Fact]
    public async Task NoLead_IsAWarning_AndAMissingChildAlertReachesTheDepartementsChildWelfare()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, _) = await ChildCases.DisputedAgeAsync(ngo);
        var view = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/child-protection");
        Assert.True(ChildCases.Absent(view, "leadAgency"));
        Assert.True(view.GetProperty("leadAgencyMissing").GetBoolean());

        var page = await (await app.PagesAsAsync("ngo@demo.test")).GetStringAsync($"/Cases/Details/{id}");
        Assert.Contains("data-testid=\"lead-agency-missing\"", page, StringComparison.Ordinal);

        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "Hôtel fictif, Bobigny", reportedBy = "Veilleur fictif" }, HttpStatusCode.OK);
        Assert.True(await AlertedAsync(await app.ApiAsAsync("childwelfare@demo.test"), reference), "the child welfare of 93 should be alerted");
        Assert.True(await AlertedAsync(await app.ApiAsAsync("police@demo.test"), reference));
        Assert.False(await AlertedAsync(ngo, reference));
    }

    [Fact]
    public async Task WithALead_OtherChildWelfareIsNotAlerted_ButTheLeadIs()
    {
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");

        // A case in 13: the demo child welfare (93) is neither lead nor of the département, so it is not alerted.
        var (id, reference, _) = await ChildCases.DisputedAgeAsync(ngo2, departement: "13");
        await ChildCases.PostAsync(ngo2, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "Foyer fictif, Marseille", reportedBy = "Éducatrice fictive" }, HttpStatusCode.OK);
        Assert.False(await AlertedAsync(await app.ApiAsAsync("childwelfare@demo.test"), reference));

        await ChildCases.PutAsync(ngo2, $"/api/v1/cases/{id}/child-protection/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);
        await ChildCases.PostAsync(ngo2, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "Gare fictive", reportedBy = "Éducatrice fictive" }, HttpStatusCode.OK);
        Assert.True(await AlertedAsync(await app.ApiAsAsync("childwelfare@demo.test"), reference));
    }

    [Fact]
    public async Task ThePoliceHoldingAChildsCase_HandsTheDecisionsToTheLeadChildWelfare()
    {
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);
        var police = await app.ApiAsAsync("police@demo.test");
        var (id, _, _) = await ChildCases.DisputedAgeAsync(police);
        var url = $"/api/v1/cases/{id}/child-protection";
        Assert.False((await police.GetFromJsonAsync<JsonElement>(url)).GetProperty("canDecide").GetBoolean());

        var refused = await ChildCases.SendPutAsync(police, $"{url}/guardian", new { kind = "parent", name = "Parent Fictif" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("child.led-by-child-welfare", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsJsonAsync($"{url}/best-interests", new { participants = new[] { "x" }, conclusion = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ChildCases.SendPutAsync(police, $"{url}/durable-solution", new { type = "integration" })).StatusCode);
        Assert.True(ChildCases.Absent(await police.GetFromJsonAsync<JsonElement>(url), "guardian"));

        // The police still hand over (set the lead), record an age assessment and report a disappearance.
        await ChildCases.PutAsync(police, $"{url}/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);
        await ChildCases.PostAsync(police, $"{url}/age-assessments", new { on = "2026-03-04", method = "document-verification", result = "inconclusive" }, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Forbidden, (await ChildCases.SendPutAsync(police, $"{url}/guardian", new { kind = "parent", name = "Parent Fictif" })).StatusCode);

        var childWelfare = await app.ApiAsAsync("childwelfare@demo.test");
        var appointed = await ChildCases.PutAsync(childWelfare, $"{url}/guardian", new { kind = "ad-hoc-administrator", name = "Maître Fictif" }, HttpStatusCode.OK);
        Assert.Equal("ad-hoc-administrator", appointed.GetProperty("guardian").GetProperty("kind").GetString());
        Assert.True(appointed.GetProperty("canDecide").GetBoolean());
    }
}
