using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Passerelle.Browser.Tests.Infrastructure;

/// <summary>
/// Base of every browser test: a page in a context of its own, closed at the end of the test, and the small
/// steps every journey shares (sign in, sign out).
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract partial class BrowserTest(BrowserApp app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    protected BrowserApp App => app;

    /// <summary>The test's page; <see cref="OpenPageAsync"/> opens more (other users, other sessions).</summary>
    protected IPage Page { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Page = await OpenPageAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<IPage> OpenPageAsync()
    {
        var page = await app.NewPageAsync();
        contexts.Add(page.Context);
        return page;
    }

    /// <summary>Fills and sends the login form; the caller checks where it lands (home, or the second step).</summary>
    protected static async Task SubmitLoginAsync(IPage page, string email, string password = BrowserApp.DemoPassword)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
        try
        {
            await Assertions.Expect(page).Not.ToHaveURLAsync(LoginUrl());
        }
        catch (PlaywrightException)
        {
            var shown = await page.Locator("main").InnerTextAsync();
            throw new Xunit.Sdk.XunitException($"the sign-in of {email} stayed on the login page, which shows: {shown}");
        }
    }

    /// <summary>Signs in an account without MFA and waits for the home page.</summary>
    protected async Task SignInAsync(string email, IPage? page = null)
    {
        page ??= Page;
        await SubmitLoginAsync(page, email);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Assertions.Expect(page.Locator("main strong")).ToHaveTextAsync(email);
    }

    /// <summary>
    /// A button of the header tools (language switch, sign-out) as shown on a large screen; the DSFR copies the
    /// tools into the phone menu as well.
    /// </summary>
    protected static ILocator HeaderTool(IPage page, string testId) => page.Locator(".fr-header__tools").GetByTestId(testId);

    protected static async Task SignOutAsync(IPage page)
    {
        await HeaderTool(page, "sign-out").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
    }

    /// <summary>Ticks a DSFR checkbox the way a user does: the input is drawn by its label, so click the label.</summary>
    protected static async Task TickAsync(IPage page, string id)
    {
        await page.Locator($"label[for='{id}']").ClickAsync();
        await Assertions.Expect(page.Locator($"#{id}")).ToBeCheckedAsync();
    }

    /// <summary>Clicks the submit button of the page's main form (the header has forms too).</summary>
    protected static Task SubmitMainFormAsync(IPage page) =>
        page.Locator("main form[method=post] button[type=submit]").First.ClickAsync();

    [GeneratedRegex(@"/Account/Login(\?.*)?$")]
    protected static partial Regex LoginUrl();
}
