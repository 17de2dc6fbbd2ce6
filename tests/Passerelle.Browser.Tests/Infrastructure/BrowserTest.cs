using Microsoft.Playwright;

namespace Passerelle.Browser.Tests.Infrastructure;

/// <summary>
/// Base of every browser test: a page in a context of its own, closed at the end of the test, and the small
/// steps every journey shares (sign in, sign out).
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserApp app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    protected BrowserApp App => app;

    /// <summary>The test's page; <see cref="OpenPageAsync"/> opens more (other users, other sessions).</summary>
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync() => Page = await OpenPageAsync();

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
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
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login?", StringComparison.Ordinal) && !url.EndsWith("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Signs in an account without MFA and waits for the home page.</summary>
    protected async Task SignInAsync(string email, IPage? page = null)
    {
        page ??= Page;
        await SubmitLoginAsync(page, email);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Assertions.Expect(page.Locator("main strong")).ToHaveTextAsync(email);
    }

    protected static async Task SignOutAsync(IPage page)
    {
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login$"));
    }

    /// <summary>Clicks the submit button of the page's main form (the header has forms too).</summary>
    protected static Task SubmitMainFormAsync(IPage page, string form = "main form[method=post]") =>
        page.Locator(form).Locator("button[type=submit]").First.ClickAsync();
}
