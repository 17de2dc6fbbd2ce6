using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Account;

/// <summary>
/// The contract is the page's <c>lang</c> and the choice kept on the account; the French wording itself is
/// still being written, so only text that does not depend on it is checked.
/// </summary>
public sealed class LanguageTests(BrowserApp app) : BrowserTest(app)
{
    // Only this test changes this account's language.
    private const string Email = "police@demo.test";

    [Fact]
    public async Task SwitchLanguage_ChangesThePage_AndIsKeptOnTheAccount()
    {
        await SignInAsync(Email);
        await Page.GotoAsync("/Cases");
        await ExpectLanguageAsync(Page, "fr");

        await HeaderTool(Page, "language-switch").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(App.BaseAddress, "/Cases").ToString());
        await ExpectLanguageAsync(Page, "en");
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync("Cases");
        await Assertions.Expect(Page.Locator("header nav a[href='/Cases']")).ToHaveTextAsync("Cases");

        await SignOutAsync(Page);
        await ExpectLanguageAsync(Page, "en");

        // Another browser, without the language cookie: French until the account's own choice applies.
        var elsewhere = await OpenPageAsync();
        await elsewhere.GotoAsync("/Account/Login");
        await ExpectLanguageAsync(elsewhere, "fr");
        await SignInAsync(Email, elsewhere);
        await ExpectLanguageAsync(elsewhere, "en");

        await HeaderTool(elsewhere, "language-switch").ClickAsync();
        await ExpectLanguageAsync(elsewhere, "fr");
        await SignOutAsync(elsewhere);

        var third = await OpenPageAsync();
        await SignInAsync(Email, third);
        await ExpectLanguageAsync(third, "fr");
    }

    private static async Task ExpectLanguageAsync(IPage page, string language)
    {
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        // The switch offers the other language, named in that language.
        var other = language == "fr" ? "en" : "fr";
        var button = HeaderTool(page, "language-switch");
        await Assertions.Expect(button).ToHaveAttributeAsync("lang", other);
        await Assertions.Expect(button).ToHaveTextAsync(language == "fr" ? "English" : "Français");
    }
}
