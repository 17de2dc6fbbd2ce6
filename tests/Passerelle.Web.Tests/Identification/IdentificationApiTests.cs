using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Identification;

[Collection(AppCollection.Name)]
public sealed class IdentificationApiTests(PasserelleApp app)
{
    private async Task<Dictionary<string, string>> UserIdsAsync()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var users = await admin.GetAllItemsAsync("/api/v1/users");
        return users.EnumerateArray().ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("id").GetString()!);
    }

    private async Task<(HttpClient Ngo, string CaseUrl)> ScreenedCaseAsync()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Panel"));
        var url = $"/api/v1/cases/{created.GetProperty("id")}";
        var code = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual).In(Dimension.ExploitativeConditions).First().Code;
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/screenings", new { exploitation = "sexual", indicators = new[] { code } })).StatusCode);
        return (ngo, url);
    }

    private static async Task<string> StatusAsync(HttpClient api, string url) =>
        (await api.GetFromJsonAsync<JsonElement>(url)).GetProperty("status").GetString()!;

    [Fact]
    public async Task ReasonableGrounds_AreDecidedByAMultiAgencyPanel()
    {
        var ids = await UserIdsAsync();
        var (ngo, url) = await ScreenedCaseAsync();
        var request = await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel = new[] { ids["police@demo.test"], ids["labour@demo.test"] } });
        Assert.Equal(HttpStatusCode.Created, request.StatusCode);
        var step = await request.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rg", step.GetProperty("stage").GetString());
        Assert.True(DateOnly.Parse(step.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateOnly.Parse(step.GetProperty("requestedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("rg-pending", await StatusAsync(ngo, url));

        // The holding agency is not on the panel; another agency that is not either does not even see the case.
        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "x" })).StatusCode);
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "x" })).StatusCode);

        var police = await app.ApiAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"{url}/identification")).StatusCode);

        // While the case is before them, a panel member of another agency reads it, pseudonymised and read-only.
        var asPanel = await police.GetFromJsonAsync<JsonElement>(url);
        Assert.False(asPanel.GetProperty("identityVisible").GetBoolean());
        Assert.False(asPanel.TryGetProperty("legalName", out _));
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"{url}/screenings")).StatusCode);
        var edit = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(CaseApi.Body("Panel edit")) };
        edit.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.NotFound, (await police.SendAsync(edit)).StatusCode);
        var noReasons = await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReasons.StatusCode);
        Assert.Equal("rg-pending", await StatusAsync(ngo, url));

        // The police officer's view alone does not decide: 202 with the views so far, the case stays pending.
        var policeView = await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Indicators of coercion and exploitation (fictive test)." });
        Assert.Equal(HttpStatusCode.Accepted, policeView.StatusCode);
        var pending = await policeView.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(pending.GetProperty("decided").GetBoolean());
        Assert.Equal("awaiting-concurrence", pending.GetProperty("basis").GetString());
        Assert.Equal("positive", Assert.Single(pending.GetProperty("views").EnumerateArray()).GetProperty("outcome").GetString());
        Assert.Equal(ids["labour@demo.test"], Assert.Single(pending.GetProperty("awaiting").EnumerateArray()).GetProperty("userId").GetString());
        Assert.Equal("rg-pending", await StatusAsync(ngo, url));
        Assert.Equal(HttpStatusCode.Conflict, (await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Changed my mind (fictive test)." })).StatusCode);

        // The labour inspector concurs: the panel has decided (200).
        var labour = await app.ApiAsAsync("labour@demo.test");
        var decision = await labour.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Undignified working conditions (fictive test)." });
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        var decided = await decision.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(decided.GetProperty("decided").GetBoolean());
        Assert.Equal("concurrence", decided.GetProperty("basis").GetString());
        Assert.Equal(2, decided.GetProperty("views").GetArrayLength());
        Assert.Equal("rg-positive", await StatusAsync(ngo, url));
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"{url}/identification")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync(url)).StatusCode);

        // Conclusive grounds: requested now, but not decided before the reflection period ends.
        var cg = await ngo.PostAsJsonAsync($"{url}/identification/cg", new { panel = new[] { ids["police@demo.test"], ids["childwelfare@demo.test"] } });
        Assert.Equal(HttpStatusCode.Created, cg.StatusCode);
        Assert.False(string.IsNullOrEmpty((await cg.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notBefore").GetString()));
        var early = await police.PostAsJsonAsync($"{url}/identification/cg/decision", new { outcome = "positive", reasons = "Too early (fictive test)." });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("cg-pending", await StatusAsync(ngo, url));

        var history = await ngo.GetAllItemsAsync($"{url}/identification");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal("positive", history[0].GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("police@demo.test")]
    [InlineData("ngo@demo.test,ngo2@demo.test")]
    [InlineData("ngo@demo.test,auditor@demo.test")]
    public async Task BadPanels_Are400_AndNothingMoves(string panelEmails)
    {
        var emails = panelEmails.Split(',');
        var ids = await UserIdsAsync();
        var (ngo, url) = await ScreenedCaseAsync();
        var response = await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel = emails.Select(e => ids[e]).ToArray() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("panel", out _));
        Assert.Equal("screened", await StatusAsync(ngo, url));
        Assert.Equal(0, (await ngo.GetAllItemsAsync($"{url}/identification")).GetArrayLength());
    }

    [Fact]
    public async Task UnscreenedCase_CannotBeSentForIdentification()
    {
        var ids = await UserIdsAsync();
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Early"));
        var response = await ngo.PostAsJsonAsync($"/api/v1/cases/{created.GetProperty("id")}/identification/rg", new { panel = new[] { ids["ngo@demo.test"], ids["police@demo.test"] } });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task NegativeDecision_IsReconsideredOnce_OnNewInformation()
    {
        var ids = await UserIdsAsync();
        var (ngo, url) = await ScreenedCaseAsync();
        var panel = new[] { ids["ngo@demo.test"], ids["police@demo.test"] };
        var police = await app.ApiAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await ngo.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Not enough indicators (fictive test)." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Agreed (fictive test)." })).StatusCode);
        Assert.Equal("rg-negative", await StatusAsync(ngo, url));

        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel })).StatusCode);
        var again = await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel, newInformation = "A second interview revealed debt bondage (fictive)." });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reconsideration").GetBoolean());
        Assert.Equal(HttpStatusCode.Accepted, (await ngo.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Still not enough (fictive test)." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Agreed (fictive test)." })).StatusCode);

        var third = await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel, newInformation = "More (fictive)." });
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
    }

    [Fact]
    public async Task SplitPanel_TieGoesToThePerson_AndTheDissentIsShown()
    {
        var ids = await UserIdsAsync();
        var (ngo, url) = await ScreenedCaseAsync();
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel = new[] { ids["ngo@demo.test"], ids["police@demo.test"] } })).StatusCode);
        var police = await app.ApiAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.Accepted, (await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "No complaint filed (fictive test)." })).StatusCode);
        var last = await ngo.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Strong indicators (fictive test)." });
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        var step = await last.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("positive", step.GetProperty("outcome").GetString());
        Assert.Equal("tie-goes-to-the-person", step.GetProperty("basis").GetString());
        var dissent = Assert.Single(step.GetProperty("views").EnumerateArray(), v => v.GetProperty("dissent").GetBoolean());
        Assert.Equal(ids["police@demo.test"], dissent.GetProperty("userId").GetString());
        Assert.Equal("police", dissent.GetProperty("agencyType").GetString());
        Assert.Equal("rg-positive", await StatusAsync(ngo, url));

        var history = await ngo.GetAllItemsAsync($"{url}/identification");
        Assert.Equal(2, history[0].GetProperty("views").GetArrayLength());
        Assert.Contains("No complaint filed", history[0].GetProperty("views")[0].GetProperty("reasons").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenDissent_WaitsForEveryMember_ThenTheMajorityDecides()
    {
        var ids = await UserIdsAsync();
        var (ngo, url) = await ScreenedCaseAsync();
        var panel = new[] { ids["ngo@demo.test"], ids["police@demo.test"], ids["labour@demo.test"] };
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel })).StatusCode);
        var police = await app.ApiAsAsync("police@demo.test");
        var labour = await app.ApiAsAsync("labour@demo.test");
        Assert.Equal(HttpStatusCode.Accepted, (await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Not convinced (fictive test)." })).StatusCode);
        var split = await ngo.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Convinced (fictive test)." });
        Assert.Equal(HttpStatusCode.Accepted, split.StatusCode);
        Assert.Equal("awaiting-all-views", (await split.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("basis").GetString());
        Assert.Equal("rg-pending", await StatusAsync(ngo, url));

        var last = await labour.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Working conditions lawful (fictive test)." });
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        var step = await last.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("negative", step.GetProperty("outcome").GetString());
        Assert.Equal("majority", step.GetProperty("basis").GetString());
        Assert.Equal(ids["ngo@demo.test"], Assert.Single(step.GetProperty("views").EnumerateArray(), v => v.GetProperty("dissent").GetBoolean()).GetProperty("userId").GetString());
        Assert.Equal("rg-negative", await StatusAsync(ngo, url));

        // Once decided, no further view is taken; a member of another agency no longer even sees the case.
        Assert.Equal(HttpStatusCode.Conflict, (await ngo.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Again (fictive test)." })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await labour.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "negative", reasons = "Again (fictive test)." })).StatusCode);
    }
}
