using System.Net;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public sealed class PlatformTests(PasserelleApp app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersWithoutSignIn(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCaseApi()
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/cases", out _));
        Assert.True(paths.TryGetProperty("/api/v1/cases/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/auth/login", out _));
        Assert.True(paths.TryGetProperty("/api/v1/audit", out _));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Cases")]
    [InlineData("/Audit")]
    [InlineData("/Users")]
    [InlineData("/Docs/Api")]
    public async Task Pages_RequireSignIn(string path)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/v1/cases")]
    [InlineData("POST", "/api/v1/cases")]
    [InlineData("GET", "/api/v1/audit")]
    [InlineData("GET", "/api/v1/users")]
    [InlineData("GET", "/api/v1/agencies")]
    public async Task Api_RequiresABearerToken(string method, string path)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_IgnoresThePageCookie()
    {
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var response = await pages.GetAsync("/api/v1/cases");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        var response = await app.CreateClient().GetAsync("/Account/Login");
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Pages_HaveNoInlineScript()
    {
        var client = await app.PagesAsAsync("ngo@demo.test");
        foreach (var path in new[] { "/", "/Cases", "/Cases/New", "/Account/Manage/TwoFactor", "/Docs/Api" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {response.Headers.Location}");
            var html = await response.Content.ReadAsStringAsync();
            foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"))
            {
                Assert.Contains("src=", script.Value, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DesignSystem_IsServedByTheAppItself()
    {
        var client = app.CreateClient();
        var css = await client.GetAsync("/lib/dsfr/dsfr.min.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        var html = await client.GetStringAsync("/Account/Login");
        Assert.DoesNotContain("https://", html.Replace("https://json", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnlyAndStrict()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await Forms.PostAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Email"] = "ngo@demo.test",
            ["Password"] = PasserelleApp.DemoPassword,
        });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Passerelle=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Form_WithoutAntiforgeryToken_IsRefused()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "ngo@demo.test",
            ["Password"] = PasserelleApp.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
