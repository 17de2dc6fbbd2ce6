using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Statistics;

/// <summary>The statistician's dashboard and annual report: filters, chart with its table, downloads, axe scan.</summary>
public sealed class StatisticsDashboardTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_statistician_filters_the_dashboard_and_downloads_the_table()
    {
        await SignInAsync("statistician@demo.test");
        await Page.GotoAsync("/Statistics");
        await Assertions.Expect(Page.GetByTestId("table-dashboard")).ToBeVisibleAsync();
        var violations = new List<string>(await Axe.BlockingViolationsAsync(Page));

        await Page.Locator("#Measure").SelectOptionAsync("screened");
        await Page.Locator("#By").SelectOptionAsync("ageGroup");
        await Page.Locator("#Then").SelectOptionAsync("sex");
        await Page.GetByTestId("statistics-filters").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Measure=screened"));
        await Assertions.Expect(Page.GetByTestId("chart-dashboard").Locator("svg[role=img]")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("table-dashboard").Locator("thead th").Nth(1)).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        // Cell-key by default: nothing hidden, the method said under the table, the data package beside the downloads.
        await Assertions.Expect(Page.GetByTestId("disclosure-note")).ToHaveAttributeAsync("data-method", "cell-key");
        await Assertions.Expect(Page.GetByTestId("table-dashboard").Locator("td", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^s$") })).ToHaveCountAsync(0);
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-csv").ClickAsync());
        Assert.Equal("screened-by-ageGroup-by-sex.csv", download.SuggestedFilename);
        var package = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-zip").ClickAsync());
        Assert.Equal("screened-by-ageGroup-by-sex.zip", package.SuggestedFilename);

        await Page.GotoAsync("/Statistics/Report");
        await Assertions.Expect(Page.GetByTestId("report-pathway")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("disclosure-note").First).ToHaveAttributeAsync("data-method", "cell-key");
        await Assertions.Expect(Page.GetByTestId("report-csv")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
