using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Screenings;

[Collection(AppCollection.Name)]
public sealed class ScreeningPagesTests(PasserelleApp app)
{
    [Fact]
    public async Task ScreeningForm_ShowsTheVerdictBeforeSaving_ThenStoresIt()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("PageScreen"));
        var id = created.GetProperty("id").GetString();
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var form = await pages.GetStringAsync($"/Cases/Screen/{id}");
        Assert.Contains("name=\"Indicators\"", form, StringComparison.Ordinal);

        var strong = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual)
            .In(Dimension.ExploitativeConditions).Where(i => i.Strength == Strength.Strong).Take(2).Select(i => i.Code).ToList();
        var fields = strong.Select(code => new KeyValuePair<string, string>("Indicators", code))
            .Append(new("Exploitation", "sexual")).ToList();

        var preview = await Forms.PostAsync(pages, $"/Cases/Screen/{id}", fields, $"/Cases/Screen/{id}?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("data-testid=\"verdict\"", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.CaseScreenings.Count(s => s.CaseId == Guid.Parse(id!))));

        var save = await Forms.PostAsync(pages, $"/Cases/Screen/{id}", fields, $"/Cases/Screen/{id}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal(1, app.WithDb(db => db.CaseScreenings.Count(s => s.CaseId == Guid.Parse(id!))));
        var details = await pages.GetStringAsync($"/Cases/Details/{id}");
        Assert.Contains("data-testid=\"screenings-table\"", details, StringComparison.Ordinal);
    }

    /// <summary>Issue 18 item 1: the HTCDS methods of control recorded on the case tick the indicators of the same meaning.</summary>
    [Fact]
    public async Task ScreeningForm_StartsFromTheMethodsOfControlRecordedOnTheCase()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await (await api.PostAsJsonAsync("/api/v1/cases", Htcds.HtcdsExportTests.RichCase(CaseApi.Unique("ScreenControl"), true))).Content.ReadFromJsonAsync<JsonElement>();
        var pages = await app.PagesAsAsync("ngo@demo.test");

        var form = await pages.GetStringAsync($"/Cases/Screen/{created.GetProperty("id").GetString()}");

        Assert.Contains("data-testid=\"suggested-notice\"", form, StringComparison.Ordinal);
        var ticked = System.Text.RegularExpressions.Regex.Matches(form, "value=\"([A-Z]{2}-[0-9]{2})\" checked=\"checked\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["CD-01", "CD-02"], ticked.Order(StringComparer.Ordinal));
        Assert.Contains("Enregistré sur le dossier : Servitude pour dette", form[form.IndexOf("data-testid=\"suggested-CD-02\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task QualificationPage_GivesTheAdvice()
    {
        var pages = await app.PagesAsAsync("police@demo.test");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("AgeAtFacts", "16"), new("Acts", "recruit"), new("Purposes", "procuring"), new("Charged", "225-5"),
        };
        var response = await Forms.PostAsync(pages, "/Qualification", fields, "/Qualification?handler=Advise");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"advice\"", html, StringComparison.Ordinal);
        Assert.Contains("child-prostitution-is-trafficking", html, StringComparison.Ordinal);
        Assert.Contains("pimping-charged-where-trafficking", html, StringComparison.Ordinal);
    }
}
