using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Passerelle.Domain.Access;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Account;

/// <summary>Outside demo mode every account needs MFA, for the pages and the API.</summary>
public sealed class MfaRequiredTests(NonDemoApp app) : IClassFixture<NonDemoApp>
{
    private const string Password = "Fictive-password-for-tests-1";

    private async Task<string> NewUserAsync()
    {
        var email = CaseApi.Unique("prod") + "@demo.test";
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PasserelleDbContext>();
            var agency = new Agency { Name = CaseApi.Unique("Agence fictive "), Type = Domain.Agencies.AgencyType.SpecialisedNgo };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            var users = services.GetRequiredService<UserManager<User>>();
            var result = await users.CreateAsync(new User { UserName = email, Email = email, DisplayName = "Fictive", AgencyId = agency.Id, Role = Role.CaseManager }, Password);
            Assert.True(result.Succeeded);
            return 0;
        });
        return email;
    }

    [Fact]
    public async Task NoDemoData_OutsideDemoMode()
    {
        Assert.Equal(0, app.WithDb(db => db.Cases.Count()));
        Assert.Null(await app.WithScopeAsync(async s => await s.GetRequiredService<UserManager<User>>().FindByEmailAsync("ngo@demo.test")));
    }

    [Fact]
    public async Task Api_RefusesAnAccountWithoutMfa()
    {
        var email = await NewUserAsync();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Pages_SendAnAccountWithoutMfaToEnrolment_ThenLetItIn()
    {
        var email = await NewUserAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var login = await Forms.PostAsync(client, "/Account/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cases = await client.GetAsync("/Cases");
        Assert.Equal("/Account/Manage/TwoFactor", cases.Headers.Location!.OriginalString);

        var page = await client.GetStringAsync("/Account/Manage/TwoFactor");
        var key = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"shared-key\">([a-z0-9 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var code = new Totp(Base32Encoding.ToBytes(key.ToUpperInvariant())).ComputeTotp();
        var enable = await Forms.PostAsync(client, "/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Code"] = code }, "/Account/Manage/TwoFactor?handler=Enable");
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.Contains("data-testid=\"recovery-codes\"", await enable.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Cases")).StatusCode);
    }
}
