using System.Net;
using System.Net.Http.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Security;

/// <summary>
/// Finding: "100 login attempts in 0.1 s, never a 429". On an app of their own with small limits: 5 sign-in
/// attempts per client address a minute, 3 per account in 15 minutes, 3 new cases per account an hour.
/// </summary>
public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task SignIn_PerAccount_Is429WithRetryAfter_WhateverTheAccount()
    {
        // Each attempt comes from another address, as in password spraying from many machines.
        foreach (var email in new[] { "ngo2@demo.test", "nobody-here@demo.test" })
        {
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
            {
                statuses.Add((await LoginFromAsync($"10.0.1.{i}", email, "not-the-password")).StatusCode);
            }

            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)429, (HttpStatusCode)429], statuses);
        }

        var limited = await LoginFromAsync("10.0.1.9", "ngo2@demo.test", PasserelleApp.DemoPassword);
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task SignIn_PerAddress_Is429WithRetryAfter()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await LoginFromAsync("10.0.2.1", $"spray{i}@demo.test", "Summer2026!")).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(3, statuses.Count(s => s == (HttpStatusCode)429));

        var page = app.CreateClient(new() { AllowAutoRedirect = false });
        var token = await Forms.TokenAsync(page, "/Account/Login");
        var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@demo.test", ["Password"] = "y", ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("X-Test-Remote-Address", "10.0.2.1");
        var answer = await page.SendAsync(request);
        Assert.Equal((HttpStatusCode)429, answer.StatusCode);
        Assert.True(answer.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task CaseCreation_PerAccount_Is429()
    {
        var api = await app.ApiAsAsync("labour@demo.test");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await api.PostAsJsonAsync("/api/v1/cases", CaseApi.Body(CaseApi.Unique("Limited")))).StatusCode);
        }

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(2, statuses.Count(s => s == (HttpStatusCode)429));
    }

    private async Task<HttpResponseMessage> LoginFromAsync(string address, string email, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Test-Remote-Address", address);
        return await app.CreateClient().SendAsync(request);
    }
}
