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

    private readonly string directory = Directory.CreateTempSubdirectory("passerelle-test-").FullName;
    private string connectionString = "";

    protected virtual bool DemoMode => true;

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
            Directory.Delete(directory, recursive: true);
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
        builder.UseSetting("ConnectionStrings:Passerelle", connectionString);
        builder.UseSetting("Security:KeysPath", Path.Combine(directory, "keys"));
        builder.UseSetting("Demo:Enabled", DemoMode ? "true" : "false");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:Cases", "60");
        builder.UseSetting("Linkage:NightlyHour", "off");
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

/// <summary>The test server has no socket: give requests the loopback address a real client would have.</summary>
internal sealed class LoopbackRemoteAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
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

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<PasserelleApp>
{
    public const string Name = "app";
}
