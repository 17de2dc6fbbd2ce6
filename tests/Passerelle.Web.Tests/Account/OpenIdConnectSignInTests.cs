using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Account;

/// <summary>
/// Passerelle with one OpenID Connect provider ("test-idp", MFA required), the real test provider beside it
/// (<see cref="TestOidcProvider"/>): the whole authorization code flow over HTTP, with the cookies of each side.
/// </summary>
public sealed class OidcApp : PasserelleApp
{
    public OidcApp()
    {
        Provider = TestOidcProvider.StartAsync().GetAwaiter().GetResult();
        Provider.AllowRedirectUri("http://localhost/signin-oidc-test-idp");
        Provider.AddUser("ngo@demo.test", "idp-password-1", mfa: true);
        Provider.AddUser("police@demo.test", "idp-password-2", mfa: false);
        Provider.AddUser("nobody@demo.test", "idp-password-3", mfa: true);
        Provider.AddUser("unverified@demo.test", "idp-password-4", mfa: true, emailVerified: false);
    }

    public TestOidcProvider Provider { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TrustIdentityProvider(builder, Provider, "eidas2", "eidas3");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Provider.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

public sealed partial class OpenIdConnectSignInTests(OidcApp app) : IClassFixture<OidcApp>
{
    [Fact]
    public async Task ProviderWithMfa_SignsInTheMappedLocalAccount_WithPkceAndAcrValues()
    {
        var (client, page) = await SignInThroughProviderAsync("ngo@demo.test", "idp-password-1");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Matches("http-equiv=\"refresh\" content=\"0;url=/\"", html);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("ngo@demo.test", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var request = app.Provider.AuthorizationRequests.Last();
        Assert.Equal("S256", request["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(request["code_challenge"]));
        Assert.Equal("eidas2 eidas3", request["acr_values"]);
        Assert.Equal("code", request["response_type"]);

        var entry = app.WithDb(db => db.AuditEntries.Where(e => e.UserEmail == "ngo@demo.test" && e.Details == "oidc test-idp")
            .OrderByDescending(e => e.Sequence).First());
        Assert.Equal(AuditEventType.SignInSucceeded, entry.EventType);
    }

    [Fact]
    public async Task UnknownEmail_IsRefusedWithAClearPage_AndAudited()
    {
        var (client, page) = await SignInThroughProviderAsync("nobody@demo.test", "idp-password-3");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"external-login-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Aucun compte Passerelle actif", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == AuditEventType.SignInFailed
            && e.UserEmail == "nobody@demo.test" && e.Details == "oidc test-idp: no account")));
    }

    [Fact]
    public async Task ProviderSignInWithoutMfa_IsRefused_WhenTheProviderMustProveMfa()
    {
        var (client, page) = await SignInThroughProviderAsync("police@demo.test", "idp-password-2");

        Assert.Contains("data-testid=\"external-login-error\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == AuditEventType.SignInFailed
            && e.UserEmail == "police@demo.test" && e.Details == "oidc test-idp: multi-factor authentication not proved")));
    }

    [Fact]
    public async Task UnverifiedEmail_IsRefused()
    {
        var (_, page) = await SignInThroughProviderAsync("unverified@demo.test", "idp-password-4");
        Assert.Contains("data-testid=\"external-login-error\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedCallback_WithoutTheCorrelationCookie_IsRefused()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.GetAsync("/signin-oidc-test-idp?code=forged&state=forged");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/ExternalLogin?handler=Failed", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task LoginPage_OffersTheProvider_AndAnUnknownProviderIs404()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.GetStringAsync("/Account/Login");
        Assert.Contains("data-testid=\"oidc-test-idp\"", login, StringComparison.Ordinal);
        Assert.Contains("Test IdP", login, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Account/ExternalLogin?provider=nope")).StatusCode);
    }

    /// <summary>
    /// Login page button → provider (its login form, filled) → /signin-oidc-test-idp → the callback page, which is
    /// returned (the page that continues to the application, or the refusal).
    /// </summary>
    private async Task<(HttpClient Client, HttpResponseMessage Page)> SignInThroughProviderAsync(string email, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var idp = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true });

        var challenge = await client.GetAsync("/Account/ExternalLogin?provider=test-idp&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(app.Provider.Issuer + "connect/authorize", authorize.ToString(), StringComparison.Ordinal);

        var form = await idp.GetStringAsync(authorize);
        var fields = HiddenField().Matches(form)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["username"] = email;
        fields["password"] = password;
        var answer = await idp.PostAsync(new Uri(app.Provider.Issuer, "connect/authorize"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var callback = answer.Headers.Location!;
        Assert.Equal("/signin-oidc-test-idp", callback.AbsolutePath);

        var signedIn = await client.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var page = await client.GetAsync(signedIn.Headers.Location!.OriginalString);
        return (client, page);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
