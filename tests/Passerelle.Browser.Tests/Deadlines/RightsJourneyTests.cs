using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Deadlines;

/// <summary>A case manager records a prefecture receipt and sees the reflection period on the case; the pages pass axe.</summary>
public sealed class RightsJourneyTests(BrowserApp app) : BrowserTest(app)
{
    private readonly List<string> violations = [];

    [Fact]
    public async Task PrefectureReceipt_ShowsTheReflectionPeriodOnTheCase()
    {
        await SignInAsync("ngo@demo.test");
        await Page.GotoAsync("/Cases");
        await Page.GetByTestId("cases-table").Locator("tbody a").First.ClickAsync();
        await Page.GetByTestId("rights-link").ClickAsync();
        await Assertions.Expect(Page.Locator("#prefectureReceiptOn")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Page.Locator("#prefectureReceiptOn").FillAsync(today.AddDays(3).ToString("yyyy-MM-dd"));
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.GetByTestId("rights-errors")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await Page.Locator("#prefectureReceiptOn").FillAsync(today.AddDays(-2).ToString("yyyy-MM-dd"));
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.Locator("main .fr-alert--success")).ToBeVisibleAsync();
        await Page.GotoAsync(Page.Url.Replace("/Rights/", "/Cases/Details/", StringComparison.Ordinal));
        await Assertions.Expect(Page.GetByTestId("deadlines-table")).ToContainTextAsync(today.AddDays(-2).ToString("yyyy-MM-dd"));
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await Page.GotoAsync("/Deadlines");
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task CommissionCalendarPage_HasNoSeriousViolation()
    {
        await SignInAsync("coordinator@demo.test");
        await Page.GotoAsync("/Deadlines/Commissions?departement=59");
        await Assertions.Expect(Page.GetByTestId("calendar-kind")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
    }
}
