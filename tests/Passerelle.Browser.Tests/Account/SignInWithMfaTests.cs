using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Account;

public sealed class SignInWithMfaTests(BrowserApp app) : BrowserTest(app)
{
    // Only this test uses this account: enrolling it changes how it signs in.
    private const string Email = "labour@demo.test";

    [Fact]
    public async Task EnrolAuthenticator_ThenSignIn_AsksForTheCodeAndRefusesAWrongOne()
    {
        await SignInAsync(Email);
        await Page.GotoAsync("/Account/Manage/TwoFactor");

        var key = (await Page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await Page.Locator("#code").FillAsync(totp.ComputeTotp());
        await SubmitMainFormAsync(Page);

        var codes = Page.GetByTestId("recovery-codes").Locator("li");
        await Assertions.Expect(codes).ToHaveCountAsync(10);
        Assert.All(await codes.AllInnerTextsAsync(), code => Assert.Matches("^[A-Za-z0-9-]{8,}$", code.Trim()));
        await Assertions.Expect(Page.GetByTestId("shared-key")).ToHaveCountAsync(0);
        await Axe.AssertCleanAsync(Page);

        await SignOutAsync(Page);
        await SubmitLoginAsync(Page, Email);
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa"));
        await Assertions.Expect(Page.Locator("#code")).ToBeVisibleAsync();

        await Page.Locator("#code").FillAsync(WrongCode(totp));
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page.Locator("main .fr-alert--error")).ToBeVisibleAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa"));
        await Assertions.Expect(Page.GetByTestId("sign-out")).ToHaveCountAsync(0);
        await Axe.AssertCleanAsync(Page);

        // A code is accepted once: sign in with the next step's code (±1 step is accepted), not the enrolment's.
        await Page.Locator("#code").FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await SubmitMainFormAsync(Page);
        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(App.BaseAddress, "/").ToString());
        await Assertions.Expect(Page.Locator("main strong")).ToHaveTextAsync(Email);
        await Assertions.Expect(HeaderTool(Page, "sign-out")).ToBeVisibleAsync();
    }

    /// <summary>Six digits that no time step near now accepts, so the refusal cannot be luck.</summary>
    private static string WrongCode(Totp totp)
    {
        var candidate = int.Parse(totp.ComputeTotp(), System.Globalization.CultureInfo.InvariantCulture);
        string code;
        do
        {
            candidate = (candidate + 123457) % 1_000_000;
            code = candidate.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        }
        while (totp.VerifyTotp(code, out _, new VerificationWindow(previous: 5, future: 5)));

        return code;
    }
}
