using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

/// <summary>The application behind a reverse proxy at 10.0.0.1 (<c>Proxy:KnownProxies</c>).</summary>
public sealed class ProxiedApp : PasserelleApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Proxy:KnownProxies:0", "10.0.0.1");
    }
}

/// <summary>The audit log records the client's address given by a known proxy, and never one written by anybody else.</summary>
public sealed class ProxyHeadersTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    [Theory]
    [InlineData("10.0.0.1", "203.0.113.7", "203.0.113.7")]
    [InlineData("198.51.100.9", "203.0.113.8", "198.51.100.9")]
    public async Task TheAuditRecordsTheForwardedAddress_OnlyFromAKnownProxy(string peer, string forwardedFor, string recorded)
    {
        var client = app.CreateClient();
        var login = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = "ngo@demo.test", password = PasserelleApp.DemoPassword }),
        };
        login.Headers.Add("X-Test-Remote-Address", peer);
        login.Headers.Add("X-Forwarded-For", forwardedFor);
        (await client.SendAsync(login)).EnsureSuccessStatusCode();

        var newest = app.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EventType == AuditEventType.SignInSucceeded)
            .OrderByDescending(e => e.Sequence).First());
        Assert.Equal(recorded, newest.RemoteAddress);
    }
}
