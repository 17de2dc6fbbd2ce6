using System.Globalization;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Platform.Localization;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// The annual report as a PDF (issue 18, item 5), in the reader's language: the same tables as the page, the same
/// figures as the CSV (both read the one <see cref="ReportModel"/>), each table followed by its method line
/// (<see cref="StatisticsDocuments.MethodLine"/>), the date of publication and the licence of French public-sector open
/// data, Etalab Licence Ouverte 2.0 (décret 2017-638, art. D. 323-2-1 CRPA). Laid out by <see cref="PdfBuilder"/>
/// (PDFsharp, embedded DejaVu font), like the case documents.
/// </summary>
public static class ReportPdf
{
    public const string ContentType = "application/pdf";

    /// <summary>The answer to a report download in a format the page does not offer (a 400, in the reader's language).</summary>
    public const string UnknownFormat = "Unknown format: use csv, pdf, datapackage or zip.";

    public static byte[] Of(ReportModel report, StatisticsLabels labels, IStringLocalizer<Text> t, DateTimeOffset now)
    {
        var language = LocalizationSetup.CurrentLanguage;
        var culture = CultureInfo.CurrentCulture;
        var year = report.ReportYear.ToString(CultureInfo.InvariantCulture);
        var title = $"{t["Annual report"]} {year}";
        using var pdf = new PdfBuilder(title, $"Passerelle — {title} — Licence Ouverte 2.0");
        pdf.Paragraph(t["Persons, not records: a person recorded by several agencies counts once, in the year of their first detection."])
            .Small(string.Format(culture, t["Published on {0}."], now.ToString("d MMMM yyyy", culture)))
            .Small(t["Licence: Etalab Licence Ouverte 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence/): free reuse, citing the source (Passerelle) and the date."]);

        string Method(ProtectedTable table) => StatisticsDocuments.MethodLine(table).In(language);

        pdf.Heading($"{t["Victims registered by form of exploitation"]}, {report.ReportYear - ReportModel.SeriesYears + 1}–{year}")
            .Table(
                [t["Form of exploitation"], .. report.SeriesColumns, $"{t["Share of women"]} {year}"],
                report.FormSexYear.Categories[0].Cast<string?>().Append(null).Select(form => (IReadOnlyList<string>)
                    [labels.Of(StatisticalDimension.ExploitationForm, form), .. report.SeriesColumns.Select(column => Shown(report.Series(form, column))), form is null ? "" : report.WomenShare(form)]))
            .Small(Method(report.FormSexYear));

        pdf.Heading(t["Victims registered in the year"]);
        foreach (var (table, dimension) in new[] { (report.ByNationality, StatisticalDimension.NationalityGroup), (report.ChildrenAndAdults, StatisticalDimension.ChildOrAdult) })
        {
            pdf.Table(
                    [StatisticsLabels.Of(dimension), year],
                    table.Categories[0].Cast<string?>().Append(null).Select(code => (IReadOnlyList<string>)[labels.Of(dimension, code), Shown(table[code])]))
                .Small(Method(table));
        }

        pdf.Heading(t["Along the national referral mechanism"])
            .Table(
                [t["Measure"], year],
                report.PathwayTotals.Select(p => (IReadOnlyList<string>)[StatisticsLabels.Of(p.Measure), Shown(p.Total)]))
            .Small(Method(report.FormSexYear));
        if (report.ReportMethod != DisclosureMethod.Suppression && report.PathwayTotals.Any(p => MeasureCatalogue.KindOf(p.Measure) == MeasureKind.Amount))
        {
            pdf.Small(t["Amounts in euros are protected by suppression (s)."]);
        }

        return pdf.ToBytes();
    }

    /// <summary>A figure as the page shows it: <c>s</c> when hidden, grouped digits in the reader's culture otherwise.</summary>
    private static string Shown(ProtectedCell cell) =>
        cell.Suppressed ? "s" : cell.Value?.ToString("N0", CultureInfo.CurrentCulture) ?? "";
}
