using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Administration;

[Collection(AppCollection.Name)]
public sealed class AdministrationTests(PasserelleApp app)
{
    private async Task<(HttpClient Admin, JsonElement Agencies)> AdminAsync()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        return (admin, await admin.GetAllItemsAsync("/api/v1/agencies"));
    }

    private static string AgencyId(JsonElement agencies, string type) =>
        agencies.EnumerateArray().First(a => a.GetProperty("type").GetString() == type).GetProperty("id").GetString()!;

    [Fact]
    public async Task Admin_CreatesAnAccount_WhoseTemporaryPasswordMustBeChangedFirst()
    {
        var (admin, agencies) = await AdminAsync();
        var email = CaseApi.Unique("worker") + "@demo.test";
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Fictive Worker", agencyId = AgencyId(agencies, "specialised-ngo"), role = "case-manager" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var password = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("temporaryPassword").GetString()!;

        // The temporary password opens nothing but the password change, on the API and on the pages.
        var user = await app.ApiAsAsync(email, password);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/cases")).StatusCode);
        var pages = await app.PagesAsAsync(email, password);
        Assert.Equal("/Account/Manage/Password", (await pages.GetAsync("/Cases")).Headers.Location!.OriginalString);

        var own = "Fictive passphrase of my own 2026";
        var change = await Forms.PostAsync(pages, "/Account/Manage/Password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = password,
            ["NewPassword"] = own,
            ["ConfirmPassword"] = own,
        });
        Assert.Contains("data-testid=\"password-changed\"", await change.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/Cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync(email, own)).GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task Admin_CannotWidenOrChangeTheirOwnRoleOrAgency()
    {
        var (admin, agencies) = await AdminAsync();
        var users = await admin.GetAllItemsAsync("/api/v1/users");
        var me = users.EnumerateArray().First(u => u.GetProperty("email").GetString() == "admin@demo.test");
        var response = await admin.PutAsJsonAsync($"/api/v1/users/{me.GetProperty("id")}", new
        {
            email = "admin@demo.test",
            displayName = "Administrateur Démo",
            agencyId = AgencyId(agencies, "police"),
            role = "case-manager",
            isActive = true,
        });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await admin.GetAllItemsAsync("/api/v1/users");
        Assert.Equal("administrator", after.EnumerateArray().First(u => u.GetProperty("email").GetString() == "admin@demo.test").GetProperty("role").GetString());
    }

    [Fact]
    public async Task ChangingAUsersRole_EndsTheirOpenSessionsAtOnce()
    {
        var (admin, agencies) = await AdminAsync();
        var (email, password, id) = await app.NewAccountAsync("moved", "screener", "police");
        var user = await app.ApiAsAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/cases")).StatusCode);

        var update = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { email, displayName = "Fictive Mover", agencyId = AgencyId(agencies, "police"), role = "statistician", isActive = true });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task DisabledUser_CannotSignIn()
    {
        var (admin, agencies) = await AdminAsync();
        var email = CaseApi.Unique("gone") + "@demo.test";
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Fictive Leaver", agencyId = AgencyId(agencies, "police"), role = "screener" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("user").GetProperty("id").GetString();
        await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { email, displayName = "Fictive Leaver", agencyId = AgencyId(agencies, "police"), role = "screener", isActive = false });
        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = created.GetProperty("temporaryPassword").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Agencies_CanBeCreatedAndEdited_WithAStaleVersionRefused()
    {
        var (admin, _) = await AdminAsync();
        var name = "Gendarmerie " + CaseApi.Unique("Fictive");
        var created = await admin.PostAsJsonAsync("/api/v1/agencies", new { name, type = "gendarmerie", departement = "2A" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var agency = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = agency.GetProperty("id").GetString();
        var etag = $"\"{agency.GetProperty("version").GetInt32()}\"";
        var missing = await admin.PutAsJsonAsync($"/api/v1/agencies/{id}", new { name, type = "gendarmerie", departement = "2B", isActive = true });
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        var ok = await PutAsync(admin, $"/api/v1/agencies/{id}", new { name, type = "gendarmerie", departement = "2B", isActive = true }, etag);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag!.Tag);
        var stale = await PutAsync(admin, $"/api/v1/agencies/{id}", new { name, type = "gendarmerie", departement = "75", isActive = true }, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("agency.stale", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var duplicate = await admin.PostAsJsonAsync("/api/v1/agencies", new { name, type = "police" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient api, string url, object body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        return await api.SendAsync(request);
    }
}
