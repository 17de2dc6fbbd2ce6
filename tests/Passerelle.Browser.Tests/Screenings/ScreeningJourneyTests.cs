using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;
using Passerelle.Domain.Screening;

namespace Passerelle.Browser.Tests.Screenings;

public sealed class ScreeningJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Screening_FromTheFormToTheStoredVerdict()
    {
        var pseudonym = $"Bleuet {Guid.NewGuid().ToString("N")[..6]}";
        await SignInAsync("childwelfare@demo.test");

        await Page.GotoAsync("/Cases/New");
        await Page.Locator("#pseudonym").FillAsync(pseudonym);
        await Page.Locator("#sex").SelectOptionAsync("female");
        await Page.Locator("#birthYear").FillAsync("1995");
        await TickAsync(Page, "form-sexual-exploitation");
        await Page.Locator("#departement").SelectOptionAsync("93");
        await Page.Locator("#detectedOn").FillAsync("2026-03-02");
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.GetByTestId("case-title")).ToContainTextAsync(pseudonym);

        await Page.GetByTestId("screen").ClickAsync();
        await Axe.AssertCleanAsync(Page);
        var list = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual);
        var codes = new[]
        {
            list.In(Dimension.DeceptiveRecruitment).First(i => i.Strength == Strength.Strong).Code,
            list.In(Dimension.DeceptiveRecruitment).First(i => i.Strength == Strength.Medium).Code,
            list.In(Dimension.ExploitativeConditions).First(i => i.Strength == Strength.Strong).Code,
            list.In(Dimension.ExploitativeConditions).First(i => i.Strength == Strength.Medium).Code,
        }.Concat(list.In(Dimension.CoercionAtDestination).Where(i => i.Strength == Strength.Strong).Take(2).Select(i => i.Code));
        foreach (var code in codes)
        {
            await TickAsync(Page, $"i-{code}");
        }

        await Page.GetByTestId("preview").ClickAsync();
        var verdict = Page.GetByTestId("verdict");
        await Assertions.Expect(verdict).ToBeVisibleAsync();
        await Assertions.Expect(verdict.Locator("li").First).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);

        await Page.GetByTestId("save").ClickAsync();
        var stored = Page.GetByTestId("screenings-table").Locator("tbody tr");
        await Assertions.Expect(stored).ToHaveCountAsync(1);
        await Assertions.Expect(stored.First).ToContainTextAsync(IndicatorCatalogue.DefaultVersion);
        await Assertions.Expect(Page.GetByTestId("identification-request")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);

        await Page.GotoAsync("/Identification");
        await Assertions.Expect(Page.GetByTestId("no-pending")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);

        await Page.GotoAsync("/Qualification");
        await TickAsync(Page, "Acts-recruit");
        await TickAsync(Page, "Purposes-procuring");
        await Page.GetByTestId("advise").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("advice")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
    }
}
