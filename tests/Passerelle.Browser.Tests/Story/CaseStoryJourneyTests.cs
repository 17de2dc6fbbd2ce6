using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Story;

/// <summary>
/// A case worker writes a dated note, attaches a document and prints the case summary from the case page; the note
/// and the document appear in the case's story, newest first; an executable is refused with its reason; the page
/// passes axe at each step.
/// </summary>
public sealed class CaseStoryJourneyTests(BrowserApp app) : BrowserTest(app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    [Fact]
    public async Task NoteDocumentAndSummary_FromTheCasePage()
    {
        var violations = new List<string>();
        await SignInAsync("ngo@demo.test");
        await Page.GotoAsync("/Cases");
        await Page.GetByTestId("cases-table").Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("note-form")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        // An empty note is refused, its field named.
        await Page.GetByTestId("note-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("note-error")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await Page.Locator("#note-text").FillAsync("Entretien fictif à la permanence, avec interprète.");
        await Page.GetByTestId("note-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("case-notice")).ToBeVisibleAsync();
        var newest = Page.GetByTestId("timeline").Locator("li").First;
        await Assertions.Expect(newest).ToHaveAttributeAsync("data-kind", "note-added");
        await Assertions.Expect(newest).ToContainTextAsync("Entretien fictif à la permanence");

        // An executable named as a PDF is refused; a PNG named as text is attached as an image.
        await Page.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "passeport.pdf", MimeType = "application/pdf", Buffer = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0] });
        await Page.GetByTestId("attachment-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("attachment-error")).ToBeVisibleAsync();
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        await Page.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "consentement.txt", MimeType = "text/plain", Buffer = Png });
        await Page.GetByTestId("attachment-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("case-notice")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("documents-table")).ToContainTextAsync("consentement.png");
        await Assertions.Expect(Page.GetByTestId("documents-table")).ToContainTextAsync("image/png");
        await Assertions.Expect(Page.GetByTestId("timeline").Locator("li").First).ToHaveAttributeAsync("data-kind", "attachment-added");
        violations.AddRange(await Axe.BlockingViolationsAsync(Page));

        // The document and the summary download.
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("documents-table").GetByText("consentement.png").ClickAsync());
        Assert.Equal("consentement.png", download.SuggestedFilename);
        var summary = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("printable-documents").Locator("a").First.ClickAsync());
        Assert.EndsWith("-summary.pdf", summary.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await summary.PathAsync());
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
