using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Account;

public sealed class SignOutTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task SignOut_ReturnsToLogin_AndCasePagesAskToSignInAgain()
    {
        await SignInAsync("ngo2@demo.test");
        await Page.GotoAsync("/Cases");
        var firstCase = Page.GetByTestId("cases-table").Locator("tbody tr a").First;
        await firstCase.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("case-title")).ToBeVisibleAsync();
        var details = new Uri(Page.Url).PathAndQuery;

        await SignOutAsync(Page);
        await Assertions.Expect(Page.Locator("#email")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("sign-out")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await Page.Context.CookiesAsync(), cookie => cookie.Name.Contains("Identity", StringComparison.Ordinal));

        foreach (var path in new[] { "/Cases", details, "/Cases/New" })
        {
            await Page.GotoAsync(path);
            await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl="));
            await Assertions.Expect(Page.Locator("#email")).ToBeVisibleAsync();
            await Assertions.Expect(Page.GetByTestId("case-title")).ToHaveCountAsync(0);
            await Assertions.Expect(Page.GetByTestId("cases-table")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task SignOut_OnAPhone_IsInTheMenu()
    {
        await Page.SetViewportSizeAsync(375, 740);
        await SignInAsync("childwelfare@demo.test");
        // The DSFR copies the header tools into the menu (and renames their ids): find them by what they do.
        var signOut = Page.Locator("#header-menu form[action='/Account/Logout'] button");
        await Assertions.Expect(HeaderTool(Page, "sign-out")).ToBeHiddenAsync();
        await Assertions.Expect(signOut).ToBeHiddenAsync();

        await Page.GetByTestId("menu").ClickAsync();
        await Assertions.Expect(Page.Locator("#header-menu nav a[href='/Cases']")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#header-menu form[action='/Account/Language'] button")).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "phone-menu.png") });
        await signOut.ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(LoginUrl());
        await Page.GotoAsync("/Cases");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl="));
    }
}
