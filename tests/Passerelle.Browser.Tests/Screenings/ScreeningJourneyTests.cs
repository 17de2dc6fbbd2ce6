using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;
using Passerelle.Domain.Screening;

namespace Passerelle.Browser.Tests.Screenings;

public sealed class ScreeningJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task WithoutJavaScript_EveryDimensionShows_AndTheWholeFormPosts()
    {
        var page = await App.NewPageWithoutScriptsAsync();
        try
        {
            await SignInAsync("childwelfare@demo.test", page);
            await page.GotoAsync("/Cases");
            await page.GetByTestId("cases-table").Locator("tbody a").First.ClickAsync();
            await page.GetByTestId("screen").ClickAsync();
            await Assertions.Expect(page.GetByTestId("screening-stepper")).ToBeHiddenAsync();
            foreach (var dimension in Dimensions.All)
            {
                await Assertions.Expect(page.GetByTestId($"step-{Passerelle.Web.Platform.Http.ApiEnum.Name(dimension)}")).ToBeVisibleAsync();
            }

            var list = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual);
            await TickAsync(page, $"i-{list.In(Dimension.DeceptiveRecruitment).First().Code}");
            await TickAsync(page, $"i-{list.In(Dimension.AbuseOfVulnerabilityAtDestination).First().Code}");
            await page.GetByTestId("preview").ClickAsync();
            await Assertions.Expect(page.GetByTestId("verdict")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"#i-{list.In(Dimension.AbuseOfVulnerabilityAtDestination).First().Code}")).ToBeCheckedAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

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
        // One step per dimension: the stepper shows the first, "Next step" moves on; the actions wait for the summary.
        await Assertions.Expect(Page.GetByTestId("screening-stepper")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("save")).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByTestId("step-coercive-recruitment")).ToBeHiddenAsync();
        foreach (var code in codes)
        {
            for (var step = 0; step < Dimensions.All.Count && !await Page.Locator($"label[for='i-{code}']").IsVisibleAsync(); step++)
            {
                await Page.GetByTestId("step-next").ClickAsync();
            }

            await TickAsync(Page, $"i-{code}");
        }

        for (var step = 0; step < Dimensions.All.Count && await Page.GetByTestId("step-next").IsVisibleAsync(); step++)
        {
            await Page.GetByTestId("step-next").ClickAsync();
        }

        var summary = Page.GetByTestId("step-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.Locator("ul ul li")).ToHaveCountAsync(6);
        await Axe.AssertCleanAsync(Page);
        await Page.SetViewportSizeAsync(375, 812);
        await Axe.AssertCleanAsync(Page);
        await Page.SetViewportSizeAsync(1280, 900);

        await Page.GetByTestId("preview").ClickAsync();
        var verdict = Page.GetByTestId("verdict");
        await Assertions.Expect(verdict).ToBeVisibleAsync();
        await Assertions.Expect(verdict.Locator("li").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("step-summary")).ToBeVisibleAsync();
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
