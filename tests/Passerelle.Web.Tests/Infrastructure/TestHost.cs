using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Passerelle.Web.Tests.Infrastructure;

/// <summary>
/// The one way the tests host Passerelle (the web tests' <see cref="PasserelleApp"/> and the browser tests' app
/// derive from it): the real application on a database of its own (SQLite or PostgreSQL, <see cref="TestDatabase"/>),
/// its own key ring and audit checkpoints in a temporary folder, no nightly linkage nor daily digest, and by default demo mode with a
/// small demo population and a known demo password, rate limits off. A test app changes what it needs by overriding
/// <see cref="DemoMode"/> or <see cref="RateLimited"/>, or by adding settings after <c>base.ConfigureWebHost</c>.
/// </summary>
public abstract class TestHost : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test-only-demo-password-2026";

    protected TestHost(string folderPrefix) => Directory = System.IO.Directory.CreateTempSubdirectory(folderPrefix).FullName;

    /// <summary>The app's temporary folder (database file, keys, checkpoints), deleted with the app.</summary>
    public string Directory { get; }

    protected virtual bool DemoMode => true;

    protected virtual bool RateLimited => false;

    /// <summary>Whether creating the server waits until it is ready (false: a test of the start itself).</summary>
    protected virtual bool WaitUntilReady => true;

    private string connectionString = "";

    /// <summary>The connection string of the database this instance created for itself.</summary>
    public string ConnectionString => connectionString;

    /// <summary>The connection string the server is given: its own database, unless a subclass points it elsewhere.</summary>
    protected virtual string ConnectionStringFor(string own) => own;

    /// <summary>
    /// What the server logged at Error or above (with the exception), oldest first: a test that gets a 500 puts these
    /// in its message, since the test runner does not show the server's console.
    /// </summary>
    public IReadOnlyList<string> ServerErrors => [.. errors.Entries];

    private readonly ErrorCapture errors = new();

    /// <summary>Creates the app's empty database; call before the server starts.</summary>
    protected async Task CreateDatabaseAsync() => connectionString = await TestDatabase.CreateAsync(Directory);

    protected void DeleteDirectory()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS anyway.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("ConnectionStrings:Passerelle", ConnectionStringFor(connectionString));
        builder.UseSetting("Security:KeysPath", Path.Combine(Directory, "keys"));
        builder.UseSetting("Audit:CheckpointsPath", Path.Combine(Directory, "audit-checkpoints.log"));
        builder.UseSetting("Demo:Enabled", DemoMode ? "true" : "false");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:Cases", "60");
        builder.UseSetting("Linkage:NightlyHour", "off");
        // A daily job runs at start when its hour has passed (catch-up): tests that want it set an hour.
        builder.UseSetting("Digest:Hour", "off");
        // The suite signs in hundreds of times from one address: limits are tested by RateLimitTests on an app of their own.
        builder.UseSetting("RateLimiting:SignInPerAddress", RateLimited ? "5" : "0");
        builder.UseSetting("RateLimiting:SignInPerAccount", RateLimited ? "3" : "0");
        builder.UseSetting("RateLimiting:CaseCreationsPerAccount", RateLimited ? "3" : "0");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, LoopbackRemoteAddress>());
        builder.ConfigureLogging(logging => logging.AddProvider(errors));
    }

    /// <summary>
    /// The server listens before it is initialised (StartupGate): a test starts once the database is migrated and
    /// seeded, as a deployment waits for readiness.
    /// </summary>
    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!WaitUntilReady)
        {
            return host;
        }

        host.Services.GetRequiredService<Passerelle.Web.Platform.StartupGate>().Completion.WaitAsync(TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>Makes the app trust <paramref name="provider"/> as the OpenID Connect provider "test-idp", MFA required.</summary>
    protected static void TrustIdentityProvider(IWebHostBuilder builder, TestOidcProvider provider, params string[] acrValues)
    {
        const string Section = "Authentication:OpenIdConnect:Providers:test-idp:";
        builder.UseSetting(Section + "DisplayName", "Test IdP");
        builder.UseSetting(Section + "Authority", provider.Issuer.ToString());
        builder.UseSetting(Section + "ClientId", TestOidcProvider.ClientId);
        builder.UseSetting(Section + "ClientSecret", TestOidcProvider.ClientSecret);
        builder.UseSetting(Section + "RequireHttpsMetadata", "false");
        builder.UseSetting(Section + "RequireMfa", "true");
        for (var i = 0; i < acrValues.Length; i++)
        {
            builder.UseSetting($"{Section}AcrValues:{i}", acrValues[i]);
        }
    }
}

/// <summary>Keeps the server's Error and Critical log entries (<see cref="TestHost.ServerErrors"/>).</summary>
internal sealed class ErrorCapture : ILoggerProvider
{
    private const int Kept = 50;

    public System.Collections.Concurrent.ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            capture.Entries.Enqueue($"{category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
            while (capture.Entries.Count > Kept && capture.Entries.TryDequeue(out _))
            {
            }
        }
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
