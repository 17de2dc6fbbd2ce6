using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Security;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Account;

/// <summary>Findings: TOTP codes replayed, five codes valid at once, secrets in clear, the enrolment page ending API tokens.</summary>
[Collection(AppCollection.Name)]
public sealed partial class TotpTests(PasserelleApp app)
{
    private async Task<(string Email, string Password, string Key)> EnrolledAsync()
    {
        var (email, password, _) = await app.NewAccountAsync("totp");
        var key = await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
        return (email, password, key);
    }

    [Fact]
    public async Task ACode_IsAcceptedOnce_OnTheApiAndThePage()
    {
        var (email, password, key) = await EnrolledAsync();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var code = totp.ComputeTotp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = code })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = code })).StatusCode);

        var pages = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await Forms.PostAsync(pages, "/Account/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        var second = await Forms.PostAsync(pages, "/Account/LoginWith2fa", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task OnlyOneStepEitherSide_IsAccepted()
    {
        var (email, password, key) = await EnrolledAsync();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        // Start early in a 30-second step: the server must still be in the same step when it checks the codes,
        // or a code two steps ahead becomes one step ahead (a loaded machine takes a second or more per request).
        var intoStep = DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30;
        if (intoStep > 5)
        {
            await Task.Delay(TimeSpan.FromSeconds(30 - intoStep + 1));
        }

        var now = DateTime.UtcNow;
        var client = app.CreateClient();
        foreach (var far in new[] { -2, 2 })
        {
            var code = totp.ComputeTotp(now.AddSeconds(30 * far));
            if (code == totp.ComputeTotp(now) || code == totp.ComputeTotp(now.AddSeconds(-30)) || code == totp.ComputeTotp(now.AddSeconds(30)))
            {
                continue;
            }

            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = code })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = totp.ComputeTotp(now.AddSeconds(-30)) })).StatusCode);
        // An older step than the one used is refused too.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = totp.ComputeTotp(now.AddSeconds(-60)) })).StatusCode);
    }

    [Fact]
    public async Task SecretsAndRecoveryCodes_AreEncryptedAtRest()
    {
        var (email, _, key) = await EnrolledAsync();
        var codes = await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<User>>();
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!.ToList();
        });
        var stored = app.WithDb(db =>
        {
            var id = db.Users.AsNoTracking().Single(u => u.Email == email).Id;
            return db.Set<IdentityUserToken<Guid>>().AsNoTracking().Where(t => t.UserId == id).Select(t => t.Value).ToList();
        });
        Assert.Equal(2, stored.Count);
        Assert.All(stored, value =>
        {
            Assert.DoesNotContain(key, value!, StringComparison.OrdinalIgnoreCase);
            Assert.All(codes, code => Assert.DoesNotContain(code, value!, StringComparison.Ordinal));
            Assert.StartsWith("dp1:", value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task VisitingTheEnrolmentPage_ChangesNothing_UntilANewKeyIsConfirmed()
    {
        var (email, password, _) = await app.NewAccountAsync("enrol");
        var api = await app.ApiAsAsync(email, password);
        var pages = await app.PagesAsAsync(email, password);
        var first = await pages.GetStringAsync("/Account/Manage/TwoFactor");
        var again = await pages.GetStringAsync("/Account/Manage/TwoFactor");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/cases")).StatusCode);
        var key = SharedKey(first);
        Assert.Equal(key, SharedKey(again));
        Assert.Null(await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<User>>();
            return await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
        }));

        // An empty code is refused as a wrong one, not a server error.
        var empty = await Forms.PostAsync(pages, "/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Code"] = "" }, "/Account/Manage/TwoFactor?handler=Enable");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);

        var code = new Totp(Base32Encoding.ToBytes(key.ToUpperInvariant())).ComputeTotp();
        var enable = await Forms.PostAsync(pages, "/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Code"] = code }, "/Account/Manage/TwoFactor?handler=Enable");
        Assert.Contains("data-testid=\"recovery-codes\"", await enable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Confirming a new key ends the other sessions and tokens, as an MFA change should.
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/cases")).StatusCode);
        // The enrolment code was used: it does not sign in again.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = code })).StatusCode);
    }

    [Fact]
    public async Task AnEmptySecondFactorCode_IsRefused_NotAServerError()
    {
        var (email, password, _) = await EnrolledAsync();
        var pages = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await Forms.PostAsync(pages, "/Account/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        var empty = await Forms.PostAsync(pages, "/Account/LoginWith2fa", new Dictionary<string, string> { ["Code"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = "" })).StatusCode);
    }

    [Fact]
    public void TotpCode_MatchesTheRfc6238Vectors()
    {
        // RFC 6238 appendix B, SHA-1 key "12345678901234567890", 8 digits there; the 6 low digits here.
        var key = System.Text.Encoding.ASCII.GetBytes("12345678901234567890");
        Assert.Equal("287082", TotpCode.Compute(key, 59 / 30));
        Assert.Equal("081804", TotpCode.Compute(key, 1111111109 / 30));
    }

    private static string SharedKey(string html) =>
        SharedKeyPattern().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    [GeneratedRegex("data-testid=\"shared-key\">([a-z0-9 ]+)<")]
    private static partial Regex SharedKeyPattern();
}
