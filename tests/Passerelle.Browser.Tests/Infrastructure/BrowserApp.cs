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
/// The real application as <see cref="TestHost"/> sets it up (the web tests' host), served by Kestrel on a loopback
/// port, trusting a test OpenID Connect provider, passkeys on, and one headless Chromium shared by every test of the collection. Each test opens a context of its own (<see cref="NewPageAsync"/>).
/// </summary>
public sealed class BrowserApp : TestHost, IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright's own browser download is never used (no internet in CI).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private TestOidcProvider? identityProvider;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp()
        : base("passerelle-browser-") => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The OpenID Connect provider Passerelle is configured with ("test-idp", MFA required).</summary>
    public TestOidcProvider IdentityProvider => identityProvider!;

    /// <summary>Screenshots and other artefacts go to the test output folder, never into the repository.</summary>
    public static string ArtifactsDirectory { get; } = System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}: install it with 'apt-get install -y chromium' (./test.sh does). Do not run 'playwright install'.");
        }

        await CreateDatabaseAsync();
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

    public override async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        if (identityProvider is not null)
        {
            await identityProvider.DisposeAsync();
        }

        DeleteDirectory();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TrustIdentityProvider(builder, identityProvider!, "eidas2");
    }

    /// <summary>
    /// A page in a fresh browser context (no cookies), French by default like a browser in France, so that a
    /// test sees exactly what a new visitor sees.
    /// </summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(javaScript: true);

    /// <summary>A page as a browser with JavaScript off sees it: progressive enhancement must leave every page usable.</summary>
    public Task<IPage> NewPageWithoutScriptsAsync() => NewPageAsync(javaScript: false);

    private async Task<IPage> NewPageAsync(bool javaScript)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
