using System.Net;
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
