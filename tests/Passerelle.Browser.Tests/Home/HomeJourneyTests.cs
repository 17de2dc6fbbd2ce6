using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Home;

/// <summary>
/// Each demo role opens Passerelle and its home page says what to do next (issue 15 item 1), from the demo
/// workflow's states; axe-clean on a desktop and on a 375-px phone.
/// </summary>
public sealed class HomeJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Theory]
    [InlineData("ngo@demo.test", "count-deadline-overdue")]
    [InlineData("ngo2@demo.test", "count-decision-awaiting")]
    [InlineData("shelter@demo.test", "count-referral-incoming")]
    [InlineData("coordinator@demo.test", "count-missing-child")]
    public async Task TheHomePage_ShowsTheTasksOfTheRole(string email, string expectedCount)
    {
        await SignInAsync(email);
        await Page.GotoAsync("/");
        await Assertions.Expect(Page.GetByTestId(expectedCount)).ToBeVisibleAsync();
        var tasks = Page.GetByTestId("tasks").Locator("tbody tr");
        Assert.True(await tasks.CountAsync() > 0);
        await Axe.AssertCleanAsync(Page);

        // The first task opens the page where it is done.
        var link = Page.GetByTestId("tasks").Locator("tbody a").First;
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).PathAndQuery == href);
        Assert.NotEqual(404, (await Page.ReloadAsync())!.Status);

        await Page.SetViewportSizeAsync(375, 812);
        await Page.GotoAsync("/");
        await Assertions.Expect(Page.GetByTestId(expectedCount)).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
    }

    [Fact]
    public async Task Notifications_AreCountedInTheHeader_ListedAndMarkedRead()
    {
        await SignInAsync("ngo2@demo.test");
        await Page.GotoAsync("/Notifications");
        await Assertions.Expect(Page.GetByTestId("notifications")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
        await Page.GetByTestId("read-all").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("marked")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-testid=unread-notifications]")).ToHaveCountAsync(0);

        await Page.SetViewportSizeAsync(375, 812);
        await Page.GotoAsync("/Notifications");
        await Axe.AssertCleanAsync(Page);
    }

    [Fact]
    public async Task TheCoordinator_SeesThePendingDecisionsNationally()
    {
        await SignInAsync("coordinator@demo.test");
        await Page.GotoAsync("/");
        await Page.GetByTestId("national-pending-link").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("national-pending")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
        await Page.SetViewportSizeAsync(375, 812);
        await Page.ReloadAsync();
        await Axe.AssertCleanAsync(Page);
    }
}
