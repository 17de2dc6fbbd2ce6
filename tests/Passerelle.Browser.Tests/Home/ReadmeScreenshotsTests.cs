using Microsoft.Playwright;
using Passerelle.Browser.Tests.Infrastructure;

namespace Passerelle.Browser.Tests.Home;

/// <summary>
/// The three screenshots of the README (home page, case page, statistics dashboard), taken from the demo (synthetic
/// data only). Each run writes them to the test output folder; to refresh the README's copies, run
/// <c>PASSERELLE_SCREENSHOTS_DIR=$PWD/docs/screenshots dotnet test tests/Passerelle.Browser.Tests -c Release --filter "FullyQualifiedName~ReadmeScreenshots"</c>
/// from the repository root (docs/screenshots/README.md).
/// </summary>
public sealed class ReadmeScreenshotsTests(BrowserApp app) : BrowserTest(app)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task HomeCaseAndStatistics_AreCaptured()
    {
        await SignInAsync("ngo@demo.test");
        await Assertions.Expect(Page.GetByTestId("tasks")).ToBeVisibleAsync();
        await CaptureAsync("home.png");

        await Page.GetByTestId("tasks").Locator("tr[data-testid=task-deadline-overdue] a").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("case-title")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("case-sections")).ToBeVisibleAsync();
        await CaptureAsync("case.png");

        await SignOutAsync(Page);
        await SignInAsync("statistician@demo.test");
        await Page.GotoAsync("/Statistics?Measure=registered&By=ageGroup&Then=sex");
        await Assertions.Expect(Page.GetByTestId("chart-dashboard").Locator("svg[role=img]")).ToBeVisibleAsync();
        await CaptureAsync("statistics.png");
    }

    private async Task CaptureAsync(string name)
    {
        var bytes = await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsDirectory, name) });
        Assert.True(bytes.Length > 10_000 && bytes.AsSpan().StartsWith(PngSignature), $"{name} is not a PNG of a drawn page ({bytes.Length} bytes)");
        if (Environment.GetEnvironmentVariable("PASSERELLE_SCREENSHOTS_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, name), bytes);
        }
    }
}
