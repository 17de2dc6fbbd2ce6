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
/// The real application as <see cref="TestHost"/> sets it up, served in memory, with the web tests' helpers
/// (signed-in API and page clients, database access, new accounts).
/// </summary>
public class PasserelleApp() : TestHost("passerelle-test-"), IAsyncLifetime
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAsync();
        _ = Server;
    }

    /// <summary>Keeps the app's folder after disposal, for a test that reads what the app wrote while stopping.</summary>
    public bool KeepDirectoryOnDispose { get; set; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepDirectoryOnDispose)
        {
            DeleteDirectory();
        }

        GC.SuppressFinalize(this);
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
        var agencies = await admin.GetAllItemsAsync("/api/v1/agencies");
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
