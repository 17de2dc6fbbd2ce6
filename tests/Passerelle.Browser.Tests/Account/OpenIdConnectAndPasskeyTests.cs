using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Account;

public sealed class OpenIdConnectAndPasskeyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task SignInWithTheProvider_LandsSignedInAsTheMappedLocalAccount()
    {
        const string Email = "auditor@demo.test";
        App.IdentityProvider.AddUser(Email, "idp-browser-password", mfa: true);

        await Page.GotoAsync("/Account/Login");
        await Page.GetByTestId("oidc-test-idp").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(App.IdentityProvider.Issuer.ToString()) + "connect/authorize"));
        await Page.Locator("#idp-username").FillAsync(Email);
        await Page.Locator("#idp-password").FillAsync("idp-browser-password");
        await Page.Locator("#idp-submit").ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(App.BaseAddress, "/").ToString());
        await Assertions.Expect(Page.Locator("main strong")).ToHaveTextAsync(Email);
        await Assertions.Expect(HeaderTool(Page, "sign-out")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignInWithTheProvider_AsAnUnknownPerson_ShowsTheRefusal()
    {
        App.IdentityProvider.AddUser("stranger@demo.test", "idp-browser-password", mfa: true);

        await Page.GotoAsync("/Account/Login");
        await Page.GetByTestId("oidc-test-idp").ClickAsync();
        await Page.Locator("#idp-username").FillAsync("stranger@demo.test");
        await Page.Locator("#idp-password").FillAsync("idp-browser-password");
        await Page.Locator("#idp-submit").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("external-login-error")).ToContainTextAsync("Aucun compte Passerelle actif");
        await Assertions.Expect(Page.GetByTestId("sign-out")).ToHaveCountAsync(0);
        await Axe.AssertCleanAsync(Page);
    }

    /// <summary>
    /// Chromium's virtual authenticator (CDP WebAuthn domain) stands for the device. WebAuthn refuses an IP address
    /// as relying party id, so this test uses the same server as <c>localhost</c>.
    /// </summary>
    [Fact]
    public async Task RegisterAPasskey_ThenSignInWithIt_WithoutAPassword()
    {
        const string Email = "statistician@demo.test";
        var site = new UriBuilder(App.BaseAddress) { Host = "localhost" }.Uri;
        var cdp = await Page.Context.NewCDPSessionAsync(Page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        await Page.GotoAsync(new Uri(site, "/Account/Login").ToString());
        await Page.Locator("#email").FillAsync(Email);
        await Page.Locator("#password").FillAsync(BrowserApp.DemoPassword);
        await Page.Locator("main button[type=submit]").First.ClickAsync();
        await Assertions.Expect(Page.Locator("main strong")).ToHaveTextAsync(Email);

        await HeaderTool(Page, "passkeys-link").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("no-passkey")).ToBeVisibleAsync();
        await Page.Locator("#passkey-name").FillAsync("Virtual authenticator");
        var console = new List<string>();
        Page.Console += (_, message) => console.Add(message.Text);
        await Page.GetByTestId("passkey-add").ClickAsync();
        try
        {
            await Assertions.Expect(Page.GetByTestId("passkey-message")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }
        catch (PlaywrightException)
        {
            throw new Xunit.Sdk.XunitException("no passkey registered; " + Page.Url + " shows: " + await Page.Locator("main").InnerHTMLAsync()
                + "\nconsole: " + string.Join("\n", console));
        }

        await Assertions.Expect(Page.GetByTestId("passkeys").Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.GetByTestId("passkeys")).ToContainTextAsync("Virtual authenticator");
        await Axe.AssertCleanAsync(Page);

        await SignOutAsync(Page);
        await Page.GetByTestId("passkey-sign-in").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(site, "/").ToString());
        await Assertions.Expect(Page.Locator("main strong")).ToHaveTextAsync(Email);
        await Assertions.Expect(HeaderTool(Page, "sign-out")).ToBeVisibleAsync();
    }
}
