using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Security;

/// <summary>Findings: no Cache-Control on personal data, a refresh token with no refresh endpoint, no API sign-out.</summary>
[Collection(AppCollection.Name)]
public sealed class TokenTests(PasserelleApp app)
{
    [Fact]
    public async Task AnswersAndPages_WithPersonalData_AreNotStored()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("NoStore"), "Fictive Legal Name");
        var id = created.GetProperty("id").GetString();
        var pages = await app.PagesAsAsync("ngo@demo.test");
        foreach (var response in new[]
        {
            await api.GetAsync($"/api/v1/cases/{id}"),
            await api.GetAsync("/api/v1/cases"),
            await pages.GetAsync($"/Cases/Details/{id}"),
            await pages.GetAsync("/Cases"),
            await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "ngo@demo.test", password = PasserelleApp.DemoPassword }),
        })
        {
            Assert.True(response.IsSuccessStatusCode, response.RequestMessage!.RequestUri!.ToString());
            Assert.True(response.Headers.CacheControl?.NoStore, response.RequestMessage.RequestUri.ToString());
        }
    }

    [Fact]
    public async Task Login_GivesNoRefreshToken()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "ngo@demo.test", password = PasserelleApp.DemoPassword });
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(token.TryGetProperty("refreshToken", out _));
        Assert.Equal(1800, token.GetProperty("expiresIn").GetInt64());
    }

    [Fact]
    public async Task Logout_RevokesTheToken()
    {
        var (email, password, _) = await app.NewAccountAsync("logout");
        var api = await app.ApiAsAsync(email, password);
        var other = await app.ApiAsAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsync("/api/v1/auth/logout", null)).StatusCode);
    }
}
