using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Infrastructure;

/// <summary>
/// The real application served by Kestrel on a loopback port (same settings as the web tests: a database of its
/// own, its own key ring, demo mode with a known password and a small demo population), and one headless
/// Chromium shared by every test of the collection. Each test opens a context of its own (<see cref="NewPageAsync"/>).
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Test-only-demo-password-2026";

    /// <summary>Debian's Chromium: Playwright's own browser download is never used (no internet in CI).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string directory = Directory.CreateTempSubdirectory("passerelle-browser-").FullName;
    private string connectionString = "";
    private TestOidcProvider? identityProvider;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The OpenID Connect provider Passerelle is configured with ("test-idp", MFA required).</summary>
    public TestOidcProvider IdentityProvider => identityProvider!;

    /// <summary>Screenshots and other artefacts go to the test output folder, never into the repository.</summary>
    public static string ArtifactsDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}: install it with 'apt-get install -y chromium' (./test.sh does). Do not run 'playwright install'.");
        }

        connectionString = await TestDatabase.CreateAsync(directory);
        identityProvider = await TestOidcProvider.StartAsync();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
        identityProvider.AllowRedirectUri(new Uri(BaseAddress, "/signin-oidc-test-idp").ToString());

        // A busy two-core CI machine answers the first requests slowly: wait longer than the 5 s default
        // before calling a page wrong (a timeout, never a measure of speed).
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await DisposeAsync();
        if (identityProvider is not null)
        {
            await identityProvider.DisposeAsync();
        }

        try
        {
            Directory.Delete(directory, recursive: true);
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
        builder.UseSetting("ConnectionStrings:Passerelle", connectionString);
        builder.UseSetting("Security:KeysPath", Path.Combine(directory, "keys"));
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:Cases", "60");
        builder.UseSetting("RateLimiting:SignInPerAddress", "0");
        builder.UseSetting("RateLimiting:SignInPerAccount", "0");
        builder.UseSetting("RateLimiting:CaseCreationsPerAccount", "0");
        const string Provider = "Authentication:OpenIdConnect:Providers:test-idp:";
        builder.UseSetting(Provider + "DisplayName", "Test IdP");
        builder.UseSetting(Provider + "Authority", identityProvider!.Issuer.ToString());
        builder.UseSetting(Provider + "ClientId", TestOidcProvider.ClientId);
        builder.UseSetting(Provider + "ClientSecret", TestOidcProvider.ClientSecret);
        builder.UseSetting(Provider + "RequireHttpsMetadata", "false");
        builder.UseSetting(Provider + "RequireMfa", "true");
        builder.UseSetting(Provider + "AcrValues:0", "eidas2");
    }

    /// <summary>
    /// A page in a fresh browser context (no cookies), French by default like a browser in France, so that a
    /// test sees exactly what a new visitor sees.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
