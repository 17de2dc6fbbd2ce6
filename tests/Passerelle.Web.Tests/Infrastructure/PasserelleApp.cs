using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Tests.Infrastructure;

/// <summary>
/// The real application on a database of its own (SQLite or PostgreSQL), in demo mode with a small demo
/// population, its own key ring and a known demo password.
/// </summary>
public class PasserelleApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Test-only-demo-password-2026";

    private readonly string directory = System.IO.Directory.CreateTempSubdirectory("passerelle-test-").FullName;
    private string connectionString = "";

    protected virtual bool DemoMode => true;

    protected virtual bool RateLimited => false;

    public string Directory => directory;

    /// <summary>The connection string of the database this instance created for itself.</summary>
    public string ConnectionString => connectionString;

    /// <summary>The connection string the server is given: its own database, unless a subclass points it elsewhere.</summary>
    protected virtual string ConnectionStringFor(string own) => own;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async Task InitializeAsync()
    {
        connectionString = await TestDatabase.CreateAsync(directory);
        _ = Server;
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS anyway.
        }

        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("ConnectionStrings:Passerelle", ConnectionStringFor(connectionString));
        builder.UseSetting("Security:KeysPath", Path.Combine(directory, "keys"));
        builder.UseSetting("Audit:CheckpointsPath", Path.Combine(directory, "audit-checkpoints.log"));
        builder.UseSetting("Demo:Enabled", DemoMode ? "true" : "false");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:Cases", "60");
        builder.UseSetting("Linkage:NightlyHour", "off");
        // The suite signs in hundreds of times from one address: limits are tested by RateLimitTests on an app of their own.
        builder.UseSetting("RateLimiting:SignInPerAddress", RateLimited ? "5" : "0");
        builder.UseSetting("RateLimiting:SignInPerAccount", RateLimited ? "3" : "0");
        builder.UseSetting("RateLimiting:CaseCreationsPerAccount", RateLimited ? "3" : "0");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, LoopbackRemoteAddress>());
    }

    public T WithDb<T>(Func<PasserelleDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>An API client signed in as <paramref name="email"/> with a bearer token.</summary>
    public async Task<HttpClient> ApiAsAsync(string email, string? password = null, string? twoFactorCode = null)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = password ?? DemoPassword, twoFactorCode });
        Assert.True(response.IsSuccessStatusCode, $"login of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Creates an account through the administration API, then replaces its temporary password as the user must
    /// before anything else; returns the e-mail and the user's own password.
    /// </summary>
    public async Task<(string Email, string Password, string Id)> NewAccountAsync(string prefix, string role = "case-manager", string agencyType = "specialised-ngo")
    {
        var admin = await ApiAsAsync("admin@demo.test");
        var agencies = await admin.GetFromJsonAsync<JsonElement>("/api/v1/agencies");
        var agencyId = agencies.EnumerateArray().First(a => a.GetProperty("type").GetString() == agencyType).GetProperty("id").GetString();
        var email = CaseApi.Unique(prefix) + "@demo.test";
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Fictive Person", agencyId, role });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var temporary = created.GetProperty("temporaryPassword").GetString()!;
        var password = "Fictive passphrase " + Guid.NewGuid().ToString("N")[..12];
        var client = await ApiAsAsync(email, temporary);
        var change = await client.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = temporary, newPassword = password });
        Assert.True(change.StatusCode == HttpStatusCode.NoContent, await change.Content.ReadAsStringAsync());
        return (email, password, created.GetProperty("user").GetProperty("id").GetString()!);
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in through the login page.</summary>
    public async Task<HttpClient> PagesAsAsync(string email, string? password = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await Forms.PostAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password ?? DemoPassword,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

/// <summary>
/// The test server has no socket: give requests the loopback address a real client would have, or the one a test
/// names in <c>X-Test-Remote-Address</c> (to act from several machines).
/// </summary>
internal sealed class LoopbackRemoteAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-Remote-Address", out var address) && IPAddress.TryParse(address, out var parsed))
            {
                context.Connection.RemoteIpAddress = parsed;
            }

            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}

public sealed class NonDemoApp : PasserelleApp
{
    protected override bool DemoMode => false;
}

/// <summary>The app with small limits: 5 sign-in attempts per address and 3 per account a minute/15 minutes, 3 new cases an hour.</summary>
public sealed class RateLimitedApp : PasserelleApp
{
    protected override bool RateLimited => true;
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<PasserelleApp>
{
    public const string Name = "app";
}
