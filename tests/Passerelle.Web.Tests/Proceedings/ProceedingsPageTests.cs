using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Proceedings;

[Collection(AppCollection.Name)]
public sealed class ProceedingsPageTests(PasserelleApp app)
{
    [Fact]
    public async Task TheForm_ShowsTheVictimsChoice_NamesBadFields_AndSavesWhatTheCaseManagerTyped()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(api, CaseApi.Unique("Plainte"), null)).GetProperty("id").GetGuid();
        var ngo = await app.PagesAsAsync("ngo@demo.test");

        var details = await ngo.GetStringAsync($"/Cases/Details/{id}");
        Assert.Contains($"href=\"/Proceedings/{id}\"", details, StringComparison.Ordinal);
        var form = await ngo.GetStringAsync($"/Proceedings/{id}");
        Assert.Contains("data-testid=\"complaint-choice\"", form, StringComparison.Ordinal);
        Assert.Contains("jamais une condition", form, StringComparison.Ordinal);

        var bad = await Forms.PostAsync(ngo, $"/Proceedings/{id}", [new("Version", "0"), new("OffencesCharged", "vol"), new("Claims[0].Body", "Civi"), new("Claims[0].FiledOn", "2026-04-01"), new("Claims[0].AmountClaimed", "beaucoup")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"compensationClaims-error\"", badPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"proceedings-errors\"", badPage, StringComparison.Ordinal);
        Assert.False(app.WithDb(db => db.CompensationClaims.Any(c => c.CaseId == id)));

        var invalid = await Forms.PostAsync(ngo, $"/Proceedings/{id}", [new("Version", "0"), new("OffencesCharged", "vol")]);
        Assert.Contains("id=\"offencesCharged-error\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await Forms.PostAsync(ngo, $"/Proceedings/{id}",
        [
            new("Version", "0"),
            new("ComplaintFiledOn", "2025-10-01"),
            new("Unit", "Oclti"),
            new("OffencesCharged", "225-4-1, 225-14-1"),
            new("Outcome", "Convicted"),
            new("DecidedOn", "2026-02-02"),
            new("FinalOn", "2026-02-20"),
            new("PrisonMonths", "24"),
            new("Fine", "10 000,50"),
            new("Confiscations[0].OrderedOn", "2026-02-02"),
            new("Confiscations[0].Amount", "3000"),
            new("Claims[0].Body", "Civi"),
            new("Claims[0].FiledOn", "2026-03-01"),
            new("Claims[0].AmountClaimed", "8000.5"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/proceedings");
        Assert.Equal("oclti", view.GetProperty("unit").GetString());
        Assert.Equal(10000.50m, view.GetProperty("sentence").GetProperty("fine").GetDecimal());
        Assert.Equal(8000.5m, view.GetProperty("compensationClaims")[0].GetProperty("amountClaimed").GetDecimal());
        Assert.Equal(3000m, view.GetProperty("confiscations")[0].GetProperty("amount").GetDecimal());
        var page = await ngo.GetStringAsync($"/Proceedings/{id}");
        Assert.Contains("value=\"225-4-1, 225-14-1\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"8000.5\"", page, StringComparison.Ordinal);

        // Another agency does not see the case; the coordinator reads the form without a save button.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsAsync("ngo2@demo.test")).GetAsync($"/Proceedings/{id}")).StatusCode);
        var coordinatorPage = await (await app.PagesAsAsync("coordinator@demo.test")).GetStringAsync($"/Proceedings/{id}");
        Assert.DoesNotContain("Enregistrer la procédure", coordinatorPage, StringComparison.Ordinal);
        Assert.Contains("2026-02-20", coordinatorPage, StringComparison.Ordinal);
    }
}
