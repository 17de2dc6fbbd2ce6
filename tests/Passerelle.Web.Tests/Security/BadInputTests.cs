using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Security;

/// <summary>Finding: "13 server errors on 601 malformed requests" and "{} is stored as a qualification advice".</summary>
[Collection(AppCollection.Name)]
public sealed class BadInputTests(PasserelleApp app)
{
    [Fact]
    public async Task DeadlineCalculator_WithAnExtremeDate_Is400()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        foreach (var from in new[] { "9999-12-31", "0001-01-01" })
        {
            var response = await api.GetAsync($"/api/v1/deadlines/calculate?rule=reflection-period&from={from}&departement=75");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task Qualification_WithANullList_Is400_AndAnEmptyAdviceIsNotStored()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("Qualif"));
        var id = created.GetProperty("id").GetString();
        foreach (var path in new[] { "/api/v1/qualification", $"/api/v1/cases/{id}/qualification" })
        {
            var response = await api.PostAsync(path, new StringContent("{\"aggravating\": null}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var empty = await api.PostAsync($"/api/v1/cases/{id}/qualification", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Empty((await api.GetAllItemsAsync($"/api/v1/cases/{id}/qualification")).EnumerateArray());
    }

    [Fact]
    public async Task CreatingAUser_WithAnEmailIdentityRejects_Is400()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var agencies = await admin.GetAllItemsAsync("/api/v1/agencies");
        var agencyId = agencies.EnumerateArray().First().GetProperty("id").GetString();
        foreach (var email in new[] { "élodie@demo.test", "fictive person@demo.test", "a@b@demo.test" })
        {
            var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Fictive", agencyId, role = "screener" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task APanelMember_OpeningTheScreeningForm_IsNotAServerError()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var ids = (await admin.GetAllItemsAsync("/api/v1/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("id").GetString()!);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("PanelScreen"))).GetProperty("id").GetString();
        var code = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual).In(Dimension.ExploitativeConditions).First().Code;
        await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/screenings", new { exploitation = "sexual", indicators = new[] { code } });
        var request = await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/identification/rg", new { panel = new[] { ids["police@demo.test"], ids["labour@demo.test"] } });
        Assert.True(request.IsSuccessStatusCode, await request.Content.ReadAsStringAsync());

        var labour = await app.PagesAsAsync("labour@demo.test");
        var screen = await labour.GetAsync($"/Cases/Screen/{id}");
        Assert.True((int)screen.StatusCode < 500, screen.StatusCode.ToString());
        Assert.NotEqual(HttpStatusCode.OK, screen.StatusCode);
    }
}
