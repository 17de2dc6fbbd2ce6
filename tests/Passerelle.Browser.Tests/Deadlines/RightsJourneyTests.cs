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

        var today = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System);
        await Page.Locator("#prefectureReceiptOn").FillAsync(today.AddDays(3).ToString("yyyy-MM-dd"));
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.GetByTestId("rights-errors")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await Page.Locator("#prefectureReceiptOn").FillAsync(today.AddDays(-2).ToString("yyyy-MM-dd"));
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.Locator("main .fr-alert--success")).ToBeVisibleAsync();
        await Page.GotoAsync(Page.Url.Replace("/Rights/", "/Cases/Details/", StringComparison.Ordinal));
        await Assertions.Expect(Page.GetByTestId("deadlines-table")).ToContainTextAsync(today.AddDays(-2).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
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
    [Fact]
    public async Task Calculator_GivesTheDueDateAndTheRule_AndNamesWrongFields()
    {
        await SignInAsync("ngo@demo.test");
        await Page.GotoAsync("/Deadlines");
        await Page.GetByTestId("calculator-link").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("calculator-form")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await Page.GetByTestId("calculator-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("calculator-errors")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#rule-error")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#departement-error")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await Page.Locator("#rule").SelectOptionAsync("permit-renewal-alert");
        await Page.Locator("#from").FillAsync("2026-04-02");
        await Page.Locator("#departement").SelectOptionAsync("67");
        await Page.GetByTestId("calculator-form").Locator("button[type=submit]").ClickAsync();
        // The card ends on 1 April 2027, the day before the anniversary (legal review D15); 60 days before is a Sunday.
        await Assertions.Expect(Page.GetByTestId("due-on")).ToContainTextAsync("29/01/2027");
        await Assertions.Expect(Page.GetByTestId("rule-explanation")).ToContainTextAsync("60");
        await Assertions.Expect(Page.Locator("#rule")).ToHaveValueAsync("permit-renewal-alert");
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
