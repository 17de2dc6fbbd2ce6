using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Children;

public sealed class ChildProtectionJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task ChildCase_ReportedMissing_FromTheChildProtectionSection()
    {
        var pseudonym = $"Moineau {Guid.NewGuid().ToString("N")[..6]}";
        await SignInAsync("childwelfare@demo.test");
        await Page.GotoAsync("/Cases/New");
        await Page.Locator("#pseudonym").FillAsync(pseudonym);
        await Page.Locator("#sex").SelectOptionAsync("male");
        await Page.Locator("#birthYear").FillAsync("2012");
        await TickAsync(Page, "form-forced-criminality");
        await Page.Locator("#departement").SelectOptionAsync("93");
        await Page.Locator("#detectedOn").FillAsync("2026-03-02");
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.GetByTestId("case-title")).ToContainTextAsync(pseudonym);

        await Assertions.Expect(Page.GetByTestId("child-protection")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
        await Page.Locator("#missing-where").FillAsync("Hôtel fictif, Bobigny");
        await Page.Locator("#missing-by").FillAsync("Veilleur fictif");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Report missing and alert" }).Or(Page.GetByRole(AriaRole.Button, new() { Name = "Signaler la disparition et alerter" })).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("missing-episode")).ToContainTextAsync("Hôtel fictif");
        var reference = (await Page.GetByTestId("case-title").TextContentAsync())!.Split(' ')[0];
        await SignOutAsync(Page);

        // The report alerted the National Focal Point, whose page lists the child still missing.
        await SignInAsync("coordinator@demo.test");
        await Page.GotoAsync("/FocalPoint");
        var row = Page.GetByTestId($"missing-{reference}");
        await Assertions.Expect(row).ToContainTextAsync("Hôtel fictif, Bobigny");
        await Axe.AssertCleanAsync(Page);
    }

    [Fact]
    public async Task FocalPointPage_IsAccessible()
    {
        await SignInAsync("coordinator@demo.test");
        await Page.GotoAsync("/FocalPoint?filter=all");
        await Assertions.Expect(Page.GetByTestId("enquiries")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
        await Page.GotoAsync("/Alerts");
        await Axe.AssertCleanAsync(Page);
    }
}
