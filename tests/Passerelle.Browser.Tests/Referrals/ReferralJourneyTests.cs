using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Referrals;

public sealed class ReferralJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task TheNgoRefersACaseToTheDemoShelter_WhichAcceptsIt()
    {
        var pseudonym = $"Myosotis {Guid.NewGuid().ToString("N")[..6]}";
        await SignInAsync("ngo@demo.test");
        await Page.GotoAsync("/Cases/New");
        await Page.Locator("#pseudonym").FillAsync(pseudonym);
        await Page.Locator("#sex").SelectOptionAsync("female");
        await Page.Locator("#birthYear").FillAsync("1994");
        await TickAsync(Page, "form-sexual-exploitation");
        await Page.Locator("#departement").SelectOptionAsync("75");
        await Page.Locator("#detectedOn").FillAsync("2026-03-02");
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.GetByTestId("case-title")).ToContainTextAsync(pseudonym);
        var reference = (await Page.GetByTestId("case-title").TextContentAsync())!.Split(' ')[0];

        await Page.GetByTestId("refer").ClickAsync();
        await Page.Locator("#service").SelectOptionAsync("specialised-shelter");
        await Page.GetByTestId("provider-search").Locator("button[type=submit]").ClickAsync();
        var shelter = Page.GetByTestId("referral-form").Locator("label", new() { HasText = "Centre d'hébergement Démo (fictif)" });
        await shelter.ClickAsync();
        await Axe.AssertCleanAsync(Page);
        await Page.Locator("#consent-on").FillAsync("2026-03-02");
        await Page.Locator("#consent-language").FillAsync("English");
        await Page.Locator("#consent-by").FillAsync("Travailleuse sociale Démo");
        await Page.GetByTestId("referral-form").Locator("button[type=submit]").ClickAsync();

        var referrals = Page.GetByTestId("referrals-table").Locator("tbody tr");
        await Assertions.Expect(referrals).ToHaveCountAsync(1);
        await Assertions.Expect(referrals.First).ToContainTextAsync("Centre d'hébergement Démo (fictif)");
        await Axe.AssertCleanAsync(Page);
        await SignOutAsync(Page);

        await SignInAsync("shelter@demo.test");
        await Page.GotoAsync("/Referrals");
        var incoming = Page.GetByTestId($"incoming-{reference}");
        await Assertions.Expect(incoming).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
        await incoming.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(Page.GetByTestId($"incoming-{reference}").GetByTestId("complete")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId($"incoming-{reference}").GetByTestId("accept")).ToHaveCountAsync(0);
        await Page.GetByTestId($"incoming-{reference}").Locator("a").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("referral-title")).ToContainTextAsync(pseudonym);
        await Axe.AssertCleanAsync(Page);

        await Page.GotoAsync("/Providers");
        await Assertions.Expect(Page.GetByTestId("providers-table")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
        await Page.GetByTestId("providers-table").Locator("a", new() { HasText = "Centre d'hébergement Démo (fictif)" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("capacity-form")).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
    }
    [Fact]
    public async Task AChildIsReferred_TheGuardianNoticeFollows_AndTheReferralIsWithdrawnWithAReason()
    {
        var pseudonym = $"Mésange {Guid.NewGuid().ToString("N")[..6]}";
        await SignInAsync("ngo@demo.test");
        await Page.GotoAsync("/Cases/New");
        await Page.Locator("#pseudonym").FillAsync(pseudonym);
        await Page.Locator("#sex").SelectOptionAsync("female");
        await Page.Locator("#birthYear").FillAsync("2012");
        await TickAsync(Page, "form-domestic-servitude");
        await Page.Locator("#departement").SelectOptionAsync("93");
        await Page.Locator("#detectedOn").FillAsync("2026-03-02");
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.GetByTestId("case-title")).ToContainTextAsync(pseudonym);
        var reference = (await Page.GetByTestId("case-title").TextContentAsync())!.Split(' ')[0];
        var caseUrl = Page.Url;

        await Page.GetByTestId("refer").ClickAsync();
        await Page.Locator("#service").SelectOptionAsync("child-welfare-placement");
        await Page.Locator("#departement").FillAsync("93");
        await Page.GetByTestId("provider-search").Locator("button[type=submit]").ClickAsync();
        await Page.GetByTestId("referral-form").Locator("label", new() { HasText = "Maison d'enfants Démo (fictive)" }).ClickAsync();
        await Page.GetByTestId("referral-form").Locator("button[type=submit]").ClickAsync();

        // Sent without consent (a child); the guardian notice is awaited and recorded from the case page.
        var notice = Page.GetByTestId("guardian-notice-form");
        await Assertions.Expect(notice).ToHaveCountAsync(1);
        await Axe.AssertCleanAsync(Page);
        await notice.Locator("input[type=date]").FillAsync("2026-03-03");
        await notice.Locator("input[name=Guardian]").FillAsync("Administratrice ad hoc fictive");
        await notice.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(caseUrl + "#referrals");
        await Assertions.Expect(Page.GetByTestId("guardian-notice-form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("referrals-table")).ToContainTextAsync("Maison d'enfants Démo (fictive)");

        await Page.GotoAsync("/Referrals");
        var withdraw = Page.GetByTestId($"withdraw-{reference}");
        await Assertions.Expect(withdraw).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(Page);
        await withdraw.Locator("textarea").FillAsync("Placée auprès de sa famille (fictif).");
        await withdraw.GetByTestId("withdraw").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("outgoing-table").Locator("tr", new() { HasText = reference }).GetByTestId("referral-reason"))
            .ToHaveTextAsync("Placée auprès de sa famille (fictif).");
        await Axe.AssertCleanAsync(Page);
    }
}
