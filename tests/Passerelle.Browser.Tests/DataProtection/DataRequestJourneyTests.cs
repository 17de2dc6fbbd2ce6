using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.DataProtection;

/// <summary>
/// A case worker records a data-subject request (GDPR art. 12(3)) from the case page: the Personal data page shows
/// the register with its due date one month later, in the French format; the page passes axe.
/// </summary>
public sealed class DataRequestJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task ARequest_IsRecordedFromTheCasePage()
    {
        var violations = new List<string>();
        await SignInAsync("ngo@demo.test");
        await Page.GotoAsync("/Cases");
        await Page.GetByTestId("cases-table").Locator("tbody a").First.ClickAsync();
        await Page.GetByTestId("personal-data-link").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("record-form")).ToBeVisibleAsync();

        var today = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System);
        await Page.Locator("#request-kind").SelectOptionAsync("access");
        await Page.Locator("#request-received").FillAsync(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator("#request-identity").FillAsync("Au guichet, connue de l'équipe (fictif).");
        await Page.Locator("#request-text").FillAsync("Copie de son dossier (fictif).");
        await Page.GetByTestId("record-form").Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("data-request-notice")).ToBeVisibleAsync();
        var register = Page.GetByTestId("data-requests");
        await Assertions.Expect(register).ToContainTextAsync("Copie de son dossier (fictif).");
        await Assertions.Expect(register).ToContainTextAsync(today.AddMonths(1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
