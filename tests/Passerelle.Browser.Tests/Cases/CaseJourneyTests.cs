using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Cases;

public sealed partial class CaseJourneyTests(BrowserApp app) : BrowserTest(app)
{
    private const string Email = "ngo@demo.test";

    [Fact]
    public async Task RegisterFindAndEdit_ThroughThePages_ShowsEachChange()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var pseudonym = $"Églantine {suffix}";
        var legalName = $"Ada Fictive-{suffix}";
        await SignInAsync(Email);

        await Page.GotoAsync("/Cases/New");
        await Page.Locator("#pseudonym").FillAsync(pseudonym);
        await Page.Locator("#sex").SelectOptionAsync("female");
        await Page.Locator("#birthYear").FillAsync("2001");
        await Page.Locator("#nationality").SelectOptionAsync("NG");
        await TickAsync(Page, "form-sexual-exploitation");
        await TickAsync(Page, "form-forced-begging");
        await Page.Locator("#departement").SelectOptionAsync("93");
        await Page.Locator("#detectedOn").FillAsync("2026-03-02");
        await Page.Locator("#legalName").FillAsync(legalName);
        await Page.Locator("#notes").FillAsync("Orientée par une association partenaire.");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "case-form.png"), FullPage = true });
        await SubmitMainFormAsync(Page);

        await Assertions.Expect(Page).ToHaveURLAsync(DetailsUrl());
        var title = Page.GetByTestId("case-title");
        await Assertions.Expect(title).ToHaveTextAsync(new Regex($"^PAS-\\d{{4}}-\\d{{6}} — {Regex.Escape(pseudonym)}$"));
        var reference = Reference().Match(await title.InnerTextAsync()).Value;
        await Assertions.Expect(Page.GetByTestId("identity")).ToContainTextAsync(legalName);
        var details = Page.Url;

        foreach (var query in new[] { pseudonym, legalName })
        {
            await Page.GotoAsync("/Cases");
            await Page.Locator("#q").FillAsync(query);
            await Page.Locator("form[role=search] button[type=submit]").ClickAsync();
            var rows = Page.GetByTestId("cases-table").Locator("tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(1);
            await Assertions.Expect(rows.First.GetByRole(AriaRole.Link)).ToHaveTextAsync(reference);
            await Assertions.Expect(rows.First).ToContainTextAsync(pseudonym);
        }

        await Page.GetByTestId("cases-table").GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(details);
        await Page.Locator($"main a[href^='/Cases/Edit/']").ClickAsync();
        await Assertions.Expect(Page.Locator("#pseudonym")).ToHaveValueAsync(pseudonym);
        await Assertions.Expect(Page.Locator("#legalName")).ToHaveValueAsync(legalName);
        await Page.Locator("#departement").SelectOptionAsync("13");
        await Page.Locator("#notes").FillAsync("Hébergée à Marseille depuis avril.");
        await SubmitMainFormAsync(Page);

        await Assertions.Expect(Page).ToHaveURLAsync(details);
        await Assertions.Expect(Page.GetByTestId("case-title")).ToHaveTextAsync($"{reference} — {pseudonym}");
        await Assertions.Expect(Page.Locator("main dl").First).ToContainTextAsync("13 — Bouches-du-Rhône");
        await Assertions.Expect(Page.GetByTestId("identity")).ToContainTextAsync("Hébergée à Marseille depuis avril.");

        await Page.GotoAsync("/Cases");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "case-list.png"), FullPage = true });
    }

    [Fact]
    public async Task Register_WithAFutureDetectionDate_ShowsTheErrorAndKeepsTheInput()
    {
        var pseudonym = $"Capucine {Guid.NewGuid().ToString("N")[..6]}";
        var future = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await SignInAsync(Email);

        await Page.GotoAsync("/Cases/New");
        await Page.Locator("#pseudonym").FillAsync(pseudonym);
        await Page.Locator("#sex").SelectOptionAsync("male");
        await Page.Locator("#estimatedAge").FillAsync("16");
        await TickAsync(Page, "ageDisputed");
        await TickAsync(Page, "form-forced-labour");
        await Page.Locator("#departement").SelectOptionAsync("75");
        await Page.Locator("#detectedOn").FillAsync(future);
        await Page.Locator("#legalName").FillAsync("Bastien Fictif");
        await SubmitMainFormAsync(Page);

        await Assertions.Expect(Page.GetByTestId("form-errors")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#detectedOn")).ToHaveClassAsync(new Regex("fr-input--error"));
        await Assertions.Expect(Page.Locator("#detectedOn-error")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#detectedOn")).ToHaveAttributeAsync("aria-describedby", "detectedOn-error");
        await Assertions.Expect(Page.GetByTestId("form-errors").Locator("a[href='#detectedOn']")).ToHaveCountAsync(1);

        await Assertions.Expect(Page.Locator("#pseudonym")).ToHaveValueAsync(pseudonym);
        await Assertions.Expect(Page.Locator("#sex")).ToHaveValueAsync("male");
        await Assertions.Expect(Page.Locator("#estimatedAge")).ToHaveValueAsync("16");
        await Assertions.Expect(Page.Locator("#ageDisputed")).ToBeCheckedAsync();
        await Assertions.Expect(Page.Locator("#form-forced-labour")).ToBeCheckedAsync();
        await Assertions.Expect(Page.Locator("#departement")).ToHaveValueAsync("75");
        await Assertions.Expect(Page.Locator("#detectedOn")).ToHaveValueAsync(future);
        await Assertions.Expect(Page.Locator("#legalName")).ToHaveValueAsync("Bastien Fictif");

        await Page.GotoAsync("/Cases?q=" + Uri.EscapeDataString(pseudonym));
        await Assertions.Expect(Page.GetByTestId("cases-table").Locator("tbody tr")).ToHaveCountAsync(0);
    }

    private Regex DetailsUrl() => new($"^{Regex.Escape(App.BaseAddress.ToString())}Cases/Details/[0-9a-f-]{{36}}$");

    [GeneratedRegex(@"PAS-\d{4}-\d{6}")]
    private static partial Regex Reference();
}
