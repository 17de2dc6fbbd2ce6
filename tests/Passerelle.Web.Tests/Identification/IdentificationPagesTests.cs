using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Identification;

[Collection(AppCollection.Name)]
public sealed class IdentificationPagesTests(PasserelleApp app)
{
    [Fact]
    public async Task CaseIsSentToAPanel_AndAMemberDecidesFromTheirPendingList()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var ids = (await admin.GetAllItemsAsync("/api/v1/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("id").GetString()!);
        var ngoApi = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngoApi, CaseApi.Unique("PanelPage"));
        var id = created.GetProperty("id").GetString();
        var reference = created.GetProperty("reference").GetString()!;
        var code = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual).In(Dimension.ExploitativeConditions).First().Code;
        await ngoApi.PostAsJsonAsync($"/api/v1/cases/{id}/screenings", new { exploitation = "sexual", indicators = new[] { code } });

        var ngo = await app.PagesAsAsync("ngo@demo.test");
        var details = await ngo.GetStringAsync($"/Cases/Details/{id}");
        Assert.Contains("data-testid=\"identification-request\"", details, StringComparison.Ordinal);

        var onePolice = await Forms.PostAsync(ngo, $"/Cases/Details/{id}",
            [new("Stage", "rg"), new("Panel", ids["police@demo.test"])], $"/Cases/Details/{id}?handler=Request");
        Assert.Equal(HttpStatusCode.OK, onePolice.StatusCode);
        Assert.Contains("data-testid=\"identification-errors\"", await onePolice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sent = await Forms.PostAsync(ngo, $"/Cases/Details/{id}",
            [new("Stage", "rg"), new("Panel", ids["police@demo.test"]), new("Panel", ids["labour@demo.test"])], $"/Cases/Details/{id}?handler=Request");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var labour = await app.PagesAsAsync("labour@demo.test");
        var pending = await labour.GetStringAsync("/Identification");
        Assert.Contains($"data-testid=\"pending-{reference}\"", pending, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"awaiting-me-{reference}\"", pending, StringComparison.Ordinal);
        var labourView = await Forms.PostAsync(labour, "/Identification",
            [new("CaseId", id!), new("Stage", "rg"), new("Outcome", "positive"), new("Reasons", "Indicators of exploitation (fictive test).")]);
        Assert.Equal(HttpStatusCode.Redirect, labourView.StatusCode);

        // One member's view does not decide: the request stays on the list, with that view shown.
        var afterOne = await labour.GetStringAsync("/Identification");
        Assert.Contains($"data-testid=\"view-given-{reference}\"", afterOne, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"panel-view\"", afterOne, StringComparison.Ordinal);
        Assert.Equal("rg-pending", (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("status").GetString());

        // The police officer dissents: a tie goes to the person, and the dissent is shown on the case page.
        var police = await app.PagesAsAsync("police@demo.test");
        Assert.Contains($"data-testid=\"awaiting-me-{reference}\"", await police.GetStringAsync("/Identification"), StringComparison.Ordinal);
        var decided = await Forms.PostAsync(police, "/Identification",
            [new("CaseId", id!), new("Stage", "rg"), new("Outcome", "negative"), new("Reasons", "No indicator of coercion (fictive test).")]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.DoesNotContain($"pending-{reference}", await labour.GetStringAsync("/Identification"), StringComparison.Ordinal);
        var caseHtml = await ngo.GetStringAsync($"/Cases/Details/{id}");
        Assert.Contains("data-testid=\"panel-view-dissent\"", caseHtml, StringComparison.Ordinal);
        Assert.Equal("rg-positive", (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("status").GetString());
    }
}
