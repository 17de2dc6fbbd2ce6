using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Passerelle.Web.Features.Account;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Account;

/// <summary>
/// Passkeys are offered by default (registration and sign-in are walked in Chromium by
/// <c>OpenIdConnectAndPasskeyTests</c>); an operator can turn them off; the origin the browser signed must be ours.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PasskeysTests(PasserelleApp app)
{
    [Fact]
    public async Task ByDefault_TheLoginAndHomePagesOfferPasskeys()
    {
        var login = await app.CreateClient().GetStringAsync("/Account/Login");
        Assert.Contains("passkey-sign-in", login, StringComparison.Ordinal);

        var pages = await app.PagesAsAsync("ngo@demo.test");
        Assert.Contains("passkeys-link", await pages.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/Account/Manage/Passkeys")).StatusCode);
    }

    [Theory]
    [InlineData("https://passerelle.example.fr", false, true)]
    [InlineData("https://passerelle.example.fr:443", false, true)]
    [InlineData("null", false, false)]
    [InlineData("", false, false)]
    [InlineData("https://passerelle.example.fr.evil.test", false, false)]
    [InlineData("http://passerelle.example.fr", false, false)]
    [InlineData("https://passerelle.example.fr", true, false)]
    [InlineData("https://proxy.example.fr", false, true)]
    public void TheSignedOrigin_MustBeThisServer_OrAnOriginTheOperatorListed(string origin, bool crossOrigin, bool allowed)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("passerelle.example.fr");

        Assert.Equal(allowed, Passkeys.IsAllowedOrigin(origin, crossOrigin, request, ["https://proxy.example.fr"]));
    }
}

/// <summary>An operator who turns passkeys off (<c>Security:Passkeys:Enabled=false</c>): nothing offers them and their pages do not answer.</summary>
public sealed class PasskeysOffApp : PasserelleApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:Passkeys:Enabled", "false");
    }
}

public sealed class PasskeysOffTests(PasskeysOffApp app) : IClassFixture<PasskeysOffApp>
{
    [Fact]
    public async Task TurnedOff_NoPageOffersPasskeys_AndTheirPagesAnswerNotFound()
    {
        var login = await app.CreateClient().GetStringAsync("/Account/Login");
        Assert.DoesNotContain("passkey-sign-in", login, StringComparison.Ordinal);

        var pages = await app.PagesAsAsync("ngo@demo.test");
        Assert.DoesNotContain("passkeys-link", await pages.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/Account/Manage/Passkeys")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/Account/PasskeyLogin")).StatusCode);
    }
}
