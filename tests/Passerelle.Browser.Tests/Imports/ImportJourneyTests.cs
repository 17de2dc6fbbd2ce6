using System.Text;
using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Imports;

/// <summary>
/// A case worker imports an HTCDS CSV from the import page: a dry run fills the progress bar, counts the cases it
/// would create and lists the bad row with its spreadsheet number and column; then the real run creates them and a
/// second run of the same file skips them all. The pages pass axe.
/// </summary>
public sealed class ImportJourneyTests(BrowserApp app) : BrowserTest(app)
{
    /// <summary>Names in row 1, labels in row 2, 20 fictional cases from row 3, the one in row 12 with an unknown gender.</summary>
    private static byte[] Csv(string token)
    {
        var text = new StringBuilder("prs_FirstName,prs_SecondName,prs_Gender,prs_Citizenship,vic_TypeOfExploitation,cas_IncomingReferralDate,prs_MailingPostalCode\r\n");
        text.Append("First Name,Second Name,Gender,Citizenship,Type of Exploitation,Incoming Referral Date,Mailing Zip/Postal Code\r\n");
        for (var i = 0; i < 20; i++)
        {
            var gender = i == 9 ? "Martian" : i % 2 == 0 ? "Feminine" : "Masculine";
            text.Append($"Fictive{i},Zorglub-{token},{gender},RO,Forced labour,2025-0{1 + (i % 9)}-1{i % 10},13001\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private async Task UploadAsync(byte[] file, bool dryRun)
    {
        await Page.GotoAsync("/Imports");
        await Page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "htcds.csv", MimeType = "text/csv", Buffer = file });
        if (!dryRun)
        {
            // The form proposes a dry run; the label draws the DSFR checkbox, so a user clicks it to untick.
            await Page.Locator("label[for='dryRun']").ClickAsync();
            await Assertions.Expect(Page.Locator("#dryRun")).Not.ToBeCheckedAsync();
        }

        await Page.GetByTestId("import-submit").ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Imports\?id="));
        await Assertions.Expect(Page.GetByTestId("import-status")).ToHaveAttributeAsync("data-running", "false", new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task A_dry_run_shows_progress_and_the_bad_row_then_the_import_creates_the_cases_once()
    {
        var violations = new List<string>();
        await SignInAsync("ngo@demo.test");
        await Page.GotoAsync("/Imports");
        await Assertions.Expect(Page.GetByTestId("import-form")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));
        var file = Csv(Guid.NewGuid().ToString("N")[..8]);

        await UploadAsync(file, dryRun: true);
        await Assertions.Expect(Page.GetByTestId("import-progress")).ToHaveAttributeAsync("value", "20");
        await Assertions.Expect(Page.GetByTestId("import-created")).ToHaveTextAsync("19");
        var errors = Page.GetByTestId("import-error-table");
        await Assertions.Expect(errors).ToContainTextAsync("12");
        await Assertions.Expect(errors).ToContainTextAsync("prs_Gender");
        await Assertions.Expect(errors).ToContainTextAsync("Martian");
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await UploadAsync(file, dryRun: false);
        await Assertions.Expect(Page.GetByTestId("import-created")).ToHaveTextAsync("19");

        await UploadAsync(file, dryRun: false);
        await Assertions.Expect(Page.GetByTestId("import-created")).ToHaveTextAsync("0");
        await Assertions.Expect(Page.GetByTestId("import-skipped")).ToHaveTextAsync("19");

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
