using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Accessibility;

/// <summary>
/// Every main page, as the role that uses it, scanned by axe-core. Each test collects the violations of all its
/// pages before failing, so one run lists everything to fix.
/// </summary>
public sealed class AxeScanTests(BrowserApp app) : BrowserTest(app)
{
    private readonly List<string> violations = [];

    [Fact]
    public async Task LoginPages_HaveNoSeriousViolation()
    {
        await Page.GotoAsync("/Account/Login");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "login.png") });
        await ScanAsync();

        await Page.Locator("#email").FillAsync("nobody@demo.test");
        await Page.Locator("#password").FillAsync("not the password");
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.Locator("main .fr-alert--error")).ToBeVisibleAsync();
        await ScanAsync();

        AssertNone();
    }

    [Fact]
    public async Task CaseWorkerPages_HaveNoSeriousViolation()
    {
        await SignInAsync("ngo@demo.test");
        await ScanAsync();

        await Page.GotoAsync("/Cases");
        await ScanAsync();
        await Page.GotoAsync("/Cases?page=2");
        await ScanAsync();

        await Page.GetByTestId("cases-table").Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("case-title")).ToBeVisibleAsync();
        await ScanAsync();

        await Page.Locator("main a[href^='/Cases/Edit/']").ClickAsync();
        await Assertions.Expect(Page.Locator("#pseudonym")).ToBeVisibleAsync();
        await ScanAsync();

        await Page.GotoAsync("/Cases/New");
        await ScanAsync();
        await Page.Locator("#pseudonym").FillAsync("");
        await Page.Locator("#detectedOn").FillAsync("");
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.GetByTestId("form-errors")).ToBeVisibleAsync();
        await ScanAsync();

        await Page.GotoAsync("/Docs/Api");
        await ScanAsync();

        AssertNone();
    }

    [Fact]
    public async Task CoordinatorPages_HaveNoSeriousViolation()
    {
        await SignInAsync("coordinator@demo.test");
        await Page.GotoAsync("/Cases");
        await ScanAsync();

        await Page.GetByTestId("cases-table").Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("case-title")).ToBeVisibleAsync();
        await ScanAsync();

        await Page.GotoAsync("/Account/Manage/TwoFactor");
        await Assertions.Expect(Page.GetByTestId("shared-key")).ToBeVisibleAsync();
        await ScanAsync();

        AssertNone();
    }

    [Fact]
    public async Task AuditorPages_HaveNoSeriousViolation()
    {
        await SignInAsync("auditor@demo.test");
        await ScanAsync();

        await Page.GotoAsync("/Audit");
        await Assertions.Expect(Page.GetByTestId("audit-table")).ToBeVisibleAsync();
        await ScanAsync();

        AssertNone();
    }

    [Fact]
    public async Task AdministratorPages_HaveNoSeriousViolation()
    {
        await SignInAsync("admin@demo.test");
        await ScanAsync();

        await Page.GotoAsync("/Users");
        await Assertions.Expect(Page.GetByTestId("users-table")).ToBeVisibleAsync();
        await ScanAsync();
        await Page.GetByTestId("users-table").Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Users/Edit/"));
        await ScanAsync();

        await Page.GotoAsync("/Agencies");
        await Assertions.Expect(Page.GetByTestId("agencies-table")).ToBeVisibleAsync();
        await ScanAsync();
        await Page.GetByTestId("agencies-table").Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Agencies/Edit/"));
        await ScanAsync();

        AssertNone();
    }

    private async Task ScanAsync() => violations.AddRange(await Axe.BlockingViolationsAsync(Page));

    private void AssertNone() => Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
}
