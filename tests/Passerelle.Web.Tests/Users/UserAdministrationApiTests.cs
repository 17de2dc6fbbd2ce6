using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Users;

/// <summary>Account administration answers like every other write: 400 naming the fields, 403 with a stable code, 404, in the user's language.</summary>
[Collection(AppCollection.Name)]
public sealed class UserAdministrationApiTests(PasserelleApp app)
{
    [Fact]
    public async Task ABadAccount_IsRefusedFieldByField_AndNothingIsCreated()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var before = (await admin.GetAllItemsAsync("/api/v1/users")).GetArrayLength();

        var refused = await admin.PostAsJsonAsync("/api/v1/users", new { email = "not an address", displayName = "", role = "case-manager" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("user.invalid", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("agencyId", out _));
        Assert.Equal(before, (await admin.GetAllItemsAsync("/api/v1/users")).GetArrayLength());
    }

    [Fact]
    public async Task AnAdministrator_CannotChangeTheirOwnRole_AndIsToldWhyInFrench()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var me = (await admin.GetAllItemsAsync("/api/v1/users")).EnumerateArray()
            .Single(u => u.GetProperty("email").GetString() == "admin@demo.test");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/users/{me.GetProperty("id")}")
        {
            Content = JsonContent.Create(new
            {
                email = "admin@demo.test",
                displayName = me.GetProperty("displayName").GetString(),
                agencyId = me.GetProperty("agencyId").GetString(),
                role = "coordinator",
            }),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        var refused = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("user.own-access", problem.GetProperty("type").GetString());
        Assert.Contains("propre", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("administrator", (await admin.GetAllItemsAsync($"/api/v1/users")).EnumerateArray()
            .Single(u => u.GetProperty("email").GetString() == "admin@demo.test").GetProperty("role").GetString());
    }

    [Fact]
    public async Task AnUnknownAccount_Is404_ForEveryChange()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { email = "x@demo.test", displayName = "X", role = "case-manager" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/users/{id}/reset-password", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/users/{id}/unlock", null)).StatusCode);
    }

    [Fact]
    public async Task Unlock_AnswersNoContent_AndIsAudited()
    {
        var (_, _, id) = await app.NewAccountAsync("unlock");
        var admin = await app.ApiAsAsync("admin@demo.test");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/unlock", null)).StatusCode);

        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == Domain.Audit.AuditEventType.UserUnlocked && e.Details!.Contains(id))));
    }
}
