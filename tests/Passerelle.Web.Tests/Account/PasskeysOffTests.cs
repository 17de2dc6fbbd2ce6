using System.Net;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Account;

/// <summary>
/// Passkeys stay off by default (<c>Security:Passkeys:Enabled</c>) until registration passes end to end in a real
/// browser: nothing offers them and their pages do not answer.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PasskeysOffTests(PasserelleApp app)
{
    [Fact]
    public async Task ByDefault_NoPageOffersPasskeys_AndTheirPagesAnswerNotFound()
    {
        var login = await app.CreateClient().GetStringAsync("/Account/Login");
        Assert.DoesNotContain("passkey-sign-in", login, StringComparison.Ordinal);

        var pages = await app.PagesAsAsync("ngo@demo.test");
        var home = await pages.GetStringAsync("/");
        Assert.DoesNotContain("passkeys-link", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/Account/Manage/Passkeys")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/Account/PasskeyLogin")).StatusCode);
    }
}
