using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;
using Passerelle.Web.Features.Linkage;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Browser.Tests.Home;

/// <summary>
/// Each role's day, in Chromium, from its home page (issue 15, "Done when"): sign in, follow the links of the home
/// page to the tasks, do one typical action and see it confirmed. Every page visited is scanned by axe on a desktop
/// and on a 375-px phone (no violation "serious" or "critical"), and every link of its main content must answer
/// (no 404). The violations and broken links of the whole day are collected before failing, so one run lists all.
/// </summary>
public sealed class RoleDayTests(BrowserApp app) : BrowserTest(app)
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    private readonly List<string> problems = [];
    private readonly HashSet<string> checkedLinks = [];

    [Fact]
    public async Task CaseWorker_NotesTheOverdueCase()
    {
        await StartDayAsync("ngo@demo.test");
        await FollowTaskAsync("deadline-overdue");
        await Page.Locator("#note-text").FillAsync("Relance fictive de la préfecture pour le récépissé.");
        await Page.GetByTestId("note-form").Locator("button[type=submit]").ClickAsync();
        await ExpectConfirmedAsync("case-notice");
    }

    [Fact]
    public async Task PoliceScreener_FollowsTheirCasesDeadlines()
    {
        await StartDayAsync("police@demo.test");
        await FollowTaskAsync("deadline-due-soon", "deadline-overdue");
        await Assertions.Expect(Page.GetByTestId("case-title")).ToBeVisibleAsync();
        await Page.Locator("#note-text").FillAsync("Audition fictive prévue avec interprète.");
        await Page.GetByTestId("note-form").Locator("button[type=submit]").ClickAsync();
        await ExpectConfirmedAsync("case-notice");
    }

    [Fact]
    public async Task LabourInspector_GivesTheirViewOnAPanel()
    {
        // The MFA browser test enrols this account in the same app: the day starts from a password-only sign-in.
        await ForgetAuthenticatorAsync("labour@demo.test");
        await StartDayAsync("labour@demo.test");
        await GiveAwaitedViewAsync();
    }

    [Fact]
    public async Task PanelMember_GivesTheirViewOnAPanel()
    {
        await StartDayAsync("ngo2@demo.test");
        await GiveAwaitedViewAsync();
    }

    [Fact]
    public async Task ChildWelfareWorker_OpensAChildCase()
    {
        await StartDayAsync("childwelfare@demo.test");
        await Page.GotoAsync("/Cases");
        await Page.GetByTestId("cases-table").Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("case-title")).ToBeVisibleAsync();
        await CheckPageAsync();
        await Page.Locator("#note-text").FillAsync("Entretien fictif avec l'éducateur référent.");
        await Page.GetByTestId("note-form").Locator("button[type=submit]").ClickAsync();
        await ExpectConfirmedAsync("case-notice");
    }

    [Fact]
    public async Task Shelter_AcceptsTheIncomingReferral()
    {
        await StartDayAsync("shelter@demo.test");
        await Page.GotoAsync("/Referrals");
        await CheckPageAsync();
        await Page.Locator("main").GetByTestId("accept").First.ClickAsync();
        await ExpectConfirmedAsync("referral-notice");
    }

    [Fact]
    public async Task Coordinator_ReviewsALinkagePair()
    {
        await EnsureAPairToReviewAsync();
        await StartDayAsync("coordinator@demo.test");
        await FollowTaskAsync("linkage-review");
        await Page.Locator("main section[data-testid^=review-] form").Last.Locator("button").ClickAsync();
        await ExpectConfirmedAsync("linkage-notice");
    }

    [Fact]
    public async Task Statistician_BreaksTheDashboardDown()
    {
        await StartDayAsync("statistician@demo.test");
        await Page.GotoAsync("/Statistics");
        await Page.Locator("#Measure").SelectOptionAsync("registered");
        await Page.Locator("#By").SelectOptionAsync("ageGroup");
        await Page.Locator("#Then").SelectOptionAsync("sex");
        await Page.GetByTestId("statistics-filters").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("chart-dashboard").Locator("svg[role=img]")).ToBeVisibleAsync();
        await CheckPageAsync();
        AssertNoProblem();
    }

    [Fact]
    public async Task Auditor_VerifiesTheChain()
    {
        await StartDayAsync("auditor@demo.test");
        await Page.GotoAsync("/Audit");
        await Page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        await ExpectConfirmedAsync("verdict");
    }

    [Fact]
    public async Task Administrator_CreatesAnAgency()
    {
        await StartDayAsync("admin@demo.test");
        await Page.GotoAsync("/Agencies");
        await Page.Locator("#name").FillAsync($"Association Démo {Guid.NewGuid().ToString("N")[..6]} (fictive)");
        await Page.Locator("#type").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        await ExpectConfirmedAsync("agency-notice");
    }

    /// <summary>Signs in, checks the home page, then visits every page its main content links to.</summary>
    private async Task StartDayAsync(string email)
    {
        await SignInAsync(email);
        await CheckPageAsync();
        var links = await Page.Locator("main a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var href in links.Distinct().Where(h => !h.Contains("/Cases/Details/", StringComparison.Ordinal)).Take(8))
        {
            var response = await Page.GotoAsync(href);
            if (response is null || response.Status >= 400)
            {
                problems.Add($"home link {href} of {email} answers {response?.Status}");
                continue;
            }

            await CheckPageAsync();
        }

        await Page.GotoAsync("/");
    }

    /// <summary>Follows the first task of one of the <paramref name="kinds"/> listed on the home page.</summary>
    private async Task FollowTaskAsync(params string[] kinds)
    {
        await Page.GotoAsync("/");
        var rows = Page.Locator(string.Join(", ", kinds.Select(kind => $"[data-testid=tasks] tr[data-testid=task-{kind}]")));
        Assert.True(await rows.CountAsync() > 0, $"no task {string.Join(" or ", kinds)} on the home page");
        await rows.First.Locator("a").ClickAsync();
        await Page.WaitForLoadStateAsync();
        await CheckPageAsync();
    }

    private async Task GiveAwaitedViewAsync()
    {
        await FollowTaskAsync("decision-awaiting");
        var awaiting = Page.Locator("main section[data-testid^=pending-]").Filter(new() { Has = Page.Locator("[data-testid^=awaiting-me-]") }).First;
        await awaiting.Locator("label[for^=positive-]").ClickAsync();
        await awaiting.Locator("textarea").FillAsync("Récit cohérent et indicateurs forts (motifs fictifs).");
        await awaiting.Locator("button[type=submit]").ClickAsync();
        await ExpectConfirmedAsync("decision-notice");
    }

    private async Task ExpectConfirmedAsync(string testId)
    {
        await Assertions.Expect(Page.GetByTestId(testId)).ToBeVisibleAsync();
        await CheckPageAsync();
        AssertNoProblem();
    }

    /// <summary>axe on a desktop and at 375 px, and every same-site link of the main content answering.</summary>
    private async Task CheckPageAsync()
    {
        problems.AddRange(await Axe.BlockingViolationsAsync(Page));
        await Page.SetViewportSizeAsync(375, 812);
        problems.AddRange((await Axe.BlockingViolationsAsync(Page)).Select(v => "375 px " + v));
        await Page.SetViewportSizeAsync(1280, 900);

        var path = new Uri(Page.Url).PathAndQuery;
        var links = await Page.Locator("main a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var href in links.Where(h => !h.StartsWith("/Account/", StringComparison.Ordinal) && checkedLinks.Add(h)).Take(40))
        {
            var response = await Page.Context.APIRequest.GetAsync(href, new() { MaxRedirects = 0 });
            if (response.Status is 404 or >= 500)
            {
                problems.Add($"{path}: link {href} answers {response.Status}");
            }
        }
    }

    /// <summary>
    /// A pair waiting for the coordinator, whatever the run at start left. The band between the review and match
    /// thresholds moves with the population's size (about the log of it), so the test app's 60-case demo may leave
    /// none; which pairs the engine puts in that band is tested by the web tests (LinkageReviewTests, DemoLinkageTests).
    /// This one joins two cases of two agencies kept apart by that run, with a weight inside its band.
    /// </summary>
    private async Task EnsureAPairToReviewAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        if (await db.LinkagePairs.AnyAsync(p => p.Status == LinkagePairStatus.Pending))
        {
            return;
        }

        var run = await db.LinkageRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).FirstAsync();
        var paired = (await db.LinkagePairs.AsNoTracking().Select(p => new { p.LeftCaseId, p.RightCaseId }).ToListAsync())
            .Select(p => (p.LeftCaseId, p.RightCaseId)).ToHashSet();
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.AgencyId, c.PersonKey }).ToListAsync();
        var (left, right) = cases.SelectMany(a => cases.Where(b => a.Id.CompareTo(b.Id) < 0 && a.AgencyId != b.AgencyId && a.PersonKey != b.PersonKey)
                .Select(b => (a.Id, b.Id)))
            .First(p => !paired.Contains(p));
        var pair = LinkagePair.Found(left, right, crossAgency: true);
        var explanation = JsonSerializer.Serialize(
            new[] { new FieldWeightView("family-name", "exact", 4.8), new FieldWeightView("given-name", "JW ≥ 0.94", 3.1), new FieldWeightView("birth-date", "missing", 0) },
            WebJson);
        pair.Update(LinkagePairStatus.Pending, (run.MatchThreshold + run.ReviewThreshold) / 2, explanation, run.Id);
        db.LinkagePairs.Add(pair);
        await db.SaveChangesAsync();
    }

    private async Task ForgetAuthenticatorAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.SetTwoFactorEnabledAsync(user, false);
    }

    private void AssertNoProblem() => Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
}
