using System.Net;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Story;

namespace Passerelle.Web.Tests.Statistics;

/// <summary>The annual report as a PDF (issue 18 item 5): title, figures equal to the CSV's, method line, date, licence.</summary>
public sealed class ReportPdfTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    /// <summary>The signed-in user's own language (it comes before the browser's), as the language menu sets it.</summary>
    private static Task SetLanguageAsync(HttpClient client, string language) =>
        Forms.PostAsync(client, "/", new Dictionary<string, string> { ["language"] = language, ["returnUrl"] = "/" }, "/Account/Language");

    private static async Task<string> PdfTextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("annual-report-2025.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        return DocumentsApiTests.TextOf(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The children-and-adults table of the CSV as the PDF lays it out: each label (French) then its figure.</summary>
    private static string ChildrenTableAsPdfText(string csv)
    {
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r').Split(','))
            .Where(f => f[0] == "registered-children-and-adults" && f[3] == "2025")
            .ToList();
        Assert.NotEmpty(rows);
        return string.Join(' ', rows.Select(f =>
            (f[2] == "total" ? "Total" : StatisticalDimensions.LabelOf(StatisticalDimension.ChildOrAdult, f[2]).French)
            + " " + (f[5] == "true" ? "s" : f[4])));
    }

    [Fact]
    public async Task The_annual_report_downloads_as_a_pdf_in_french_with_the_csv_figures_method_date_and_licence()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        var html = await client.GetStringAsync("/Statistics/Report?Year=2025");
        Assert.Contains("data-testid=\"report-pdf\"", html, StringComparison.Ordinal);

        var csv = await client.GetStringAsync("/Statistics/Report?handler=Download&Year=2025&Format=csv");
        var text = await PdfTextAsync(client, "/Statistics/Report?handler=Download&Year=2025&Format=pdf");

        Assert.StartsWith("Rapport annuel 2025", text, StringComparison.Ordinal);
        Assert.Contains(ChildrenTableAsPdfText(csv), text, StringComparison.Ordinal);
        Assert.Contains("Méthode : perturbation par clé de cellule", text, StringComparison.Ordinal);
        Assert.Contains("Publié le", text, StringComparison.Ordinal);
        Assert.Contains("Licence Ouverte Etalab 2.0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Method:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_annual_report_pdf_follows_the_readers_language_and_the_chosen_method()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        await SetLanguageAsync(client, "en");
        string text;
        try
        {
            text = await PdfTextAsync(client, "/Statistics/Report?handler=Download&Year=2025&Method=suppression&Format=pdf");
        }
        finally
        {
            await SetLanguageAsync(client, "fr");
        }


        Assert.StartsWith("Annual report 2025", text, StringComparison.Ordinal);
        Assert.Contains("Method: suppression (fewer than", text, StringComparison.Ordinal);
        Assert.Contains("Published on", text, StringComparison.Ordinal);
        Assert.Contains("Etalab Licence Ouverte 2.0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Méthode", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_report_format_is_a_400_in_the_readers_language()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        using var response = await client.GetAsync("/Statistics/Report?handler=Download&Year=2025&Format=docx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Format inconnu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
