using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.LegalSteps;

/// <summary>
/// A case worker records the information on rights (CESEDA R.425-1) from the case page: a refused form names its
/// fields, a valid one comes back to the case with a confirmation and the step in the table; the pages pass axe.
/// </summary>
public sealed class LegalStepsJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task InformationOnRights_IsRecordedFromTheCasePage()
    {
        var violations = new List<string>();
        await SignInAsync("ngo@demo.test");
        await Page.GotoAsync("/Cases");
        await Page.GetByTestId("cases-table").Locator("tbody a").First.ClickAsync();
        var form = Page.GetByTestId("legal-step-form");
        await Assertions.Expect(form).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        // Information on rights without its language: refused, the field is named.
        var yesterdayDate = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System).AddDays(-1);
        var yesterday = yesterdayDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Page.Locator("#legal-step-kind").SelectOptionAsync("rights-information");
        await Page.Locator("#legal-step-on").FillAsync(yesterday);
        await Page.GetByTestId("record-legal-step").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("legal-step-errors")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#legal-step-language-error")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#legal-step-kind")).ToHaveValueAsync("rights-information");
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await Page.Locator("#legal-step-language").FillAsync("ro");
        await Page.Locator("#legal-step-interpreter").SelectOptionAsync("yes");
        await Page.Locator("#legal-step-informed-by").FillAsync("Commissariat fictif de Bobigny");
        await Page.GetByTestId("record-legal-step").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("case-notice")).ToBeVisibleAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Cases/Details/"));
        await Assertions.Expect(Page.GetByTestId("legal-steps-table")).ToContainTextAsync("Commissariat fictif de Bobigny");
        await Assertions.Expect(Page.GetByTestId("legal-steps-table")).ToContainTextAsync(yesterdayDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
