using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Platform.Security;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Account;

/// <summary>Users change their own password (finding: "users can never change their password").</summary>
[Collection(AppCollection.Name)]
public sealed class PasswordChangeTests(PasserelleApp app)
{
    [Fact]
    public async Task Api_ChangesTheOwnPassword_AndEndsTheOldToken()
    {
        var (email, password, _) = await app.NewAccountAsync("pwd");
        var api = await app.ApiAsAsync(email, password);
        var next = "Another fictive passphrase 42";
        var change = await api.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = password, newPassword = next });
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/cases")).StatusCode);

        var refused = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync(email, next)).GetAsync("/api/v1/cases")).StatusCode);
    }

    [Theory]
    [InlineData("short", "newPassword")]
    [InlineData("passwordpassword", "newPassword")]
    [InlineData("ILoveYouBaby", "newPassword")]
    [InlineData("aaaaaaaaaaaaaaaa", "newPassword")]
    public async Task Api_RefusesAWeakOrCommonPassword(string weak, string field)
    {
        var (email, password, _) = await app.NewAccountAsync("weak");
        var api = await app.ApiAsAsync(email, password);
        var change = await api.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = password, newPassword = weak });
        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        var problem = await change.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Api_RefusesAWrongCurrentPassword_AndBadBodies()
    {
        var (email, password, _) = await app.NewAccountAsync("wrongcur");
        var api = await app.ApiAsAsync(email, password);
        var wrong = await api.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = "not-my-password", newPassword = "A fine fictive passphrase" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        var empty = await api.PostAsync("/api/v1/account/password", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public void CommonPasswordList_IsLoaded_AndCaseInsensitive()
    {
        Assert.True(PasswordPolicy.IsCommon("qwertyuiopasdfghjkl"));
        Assert.True(PasswordPolicy.IsCommon("PasswordPassword"));
        Assert.Equal(PasswordPolicy.Common, PasswordPolicy.Problem("1qaz2wsx3edc4rfv"));
        Assert.Null(PasswordPolicy.Problem("Fictive correct horse battery"));
        Assert.Equal(PasswordPolicy.TooShort, PasswordPolicy.Problem("Short1!"));
    }

    [Fact]
    public async Task AnAdministratorsReset_RequiresANewPasswordAgain()
    {
        var (email, _, id) = await app.NewAccountAsync("reset");
        var admin = await app.ApiAsAsync("admin@demo.test");
        var reset = await (await admin.PostAsync($"/api/v1/users/{id}/reset-password", null)).Content.ReadFromJsonAsync<JsonElement>();
        var user = await app.ApiAsAsync(email, reset.GetProperty("temporaryPassword").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/cases")).StatusCode);
    }
}
