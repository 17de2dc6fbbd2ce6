using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Domain.Time;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// The annual report, laid out like the SSMSI series (DOMAIN.md section 7): victims by form of exploitation over the
/// five years to the chosen one, the share of women per form, then the year's figures along the NRM pathway.
/// The series and the share of women are linked (the series' column of the year is the row margin of form by sex that
/// year), so both come from one table, form × sex × year, protected once with all its margins: a cell hidden there is
/// hidden wherever the report uses it. The year's other tables share only its total with it; if that total is hidden,
/// they hide it too. With the cell-key method (the default) no coordination is needed: a cell shows the same value in
/// every table that counts the same persons.
/// </summary>
[Authorize(Policy = Policies.Statistics)]
public sealed class ReportModel(StatisticsService service, TimeProvider clock, StatisticsLabels labels, IStringLocalizer<Text> t) : PageModel
{
    public const int SeriesYears = 5;

    public static readonly IReadOnlyList<Measure> Pathway =
    [
        Measure.Registered, Measure.Screened, Measure.RgPositive, Measure.CgPositive, Measure.Assisted, Measure.Sheltered,
        Measure.ReflectionPeriods, Measure.ResidencePermits, Measure.Aps, Measure.ExitPathway, Measure.Complaints,
        Measure.CompensationClaimed, Measure.CompensationGranted, Measure.CompensationGrantedAmount, Measure.Confiscations,
        Measure.ChildrenMissing, Measure.ChargedTrafficking, Measure.ChargedProcuring, Measure.ChargedBoth, Measure.Prosecuted,
        Measure.Convicted,
    ];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    /// <summary><c>cell-key</c> (the default), <c>suppression</c> or <c>rounding</c>; anything else is the default.</summary>
    [BindProperty(SupportsGet = true)] public string? Method { get; set; }

    public DisclosureMethod ReportMethod { get; private set; } = StatisticsRequest.DefaultMethod;

    public int ReportYear { get; private set; }
    public IReadOnlyList<string> SeriesColumns { get; private set; } = [];

    /// <summary>Registered persons by form, sex and year of first detection, over every year.</summary>
    public ProtectedTable FormSexYear { get; private set; } = null!;
    public ProtectedTable ByNationality { get; private set; } = null!;
    public ProtectedTable ChildrenAndAdults { get; private set; } = null!;
    public IReadOnlyList<(Measure Measure, ProtectedCell Total)> PathwayTotals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ReportYear = Year is >= StatisticsRequest.FirstYear and <= StatisticsRequest.LastYear ? Year.Value : clock.Today().Year - 1;
        ReportMethod = Passerelle.Domain.Texts.KebabCase.TryParse<DisclosureMethod>(Method, out var method) ? method : StatisticsRequest.DefaultMethod;
        var year = ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        FormSexYear = await TableAsync(Measure.Registered, [StatisticalDimension.ExploitationForm, StatisticalDimension.Sex, StatisticalDimension.Year], null, null, ct);
        SeriesColumns = [.. Enumerable.Range(ReportYear - SeriesYears + 1, SeriesYears)
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(y => FormSexYear.Categories[2].Contains(y))];
        var yearTotal = FormSexYear.Categories[2].Contains(year) ? FormSexYear[null, null, year] : null;
        IReadOnlyList<string?>[]? hideTotal = yearTotal is { Suppressed: true } ? [[null]] : null;
        ByNationality = await TableAsync(Measure.Registered, [StatisticalDimension.NationalityGroup], year, hideTotal, ct);
        ChildrenAndAdults = await TableAsync(Measure.Registered, [StatisticalDimension.ChildOrAdult], year, hideTotal, ct);
        var others = Pathway.Where(m => m != Measure.Registered || yearTotal is null).ToList();
        var totals = await service.TotalsAsync(others, new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = year }, ReportMethod, ct);
        PathwayTotals = [.. Pathway.Select(m => (m, m == Measure.Registered && yearTotal is not null ? yearTotal : totals[others.IndexOf(m)]))];
        return Page();
    }

    /// <summary>
    /// The report as open data (<c>format=csv|datapackage|zip</c>) or as a PDF to read (<c>format=pdf</c>, <see cref="ReportPdf"/>): one long CSV, a row per figure, with the table it
    /// belongs to, the dimension and category, the year, the value (empty when hidden), whether it is hidden and the
    /// method; its data package beside it.
    /// </summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken ct)
    {
        if (format is not ("csv" or "datapackage" or "zip" or "pdf"))
        {
            return BadRequest(t[ReportPdf.UnknownFormat].Value);
        }

        await OnGetAsync(ct);
        if (format == "pdf")
        {
            return File(ReportPdf.Of(this, labels, t, clock.GetUtcNow()), ReportPdf.ContentType,
                $"annual-report-{ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}.pdf");
        }

        var name = $"annual-report-{ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var csv = new StatisticsFile(StatisticsDocuments.Csv(ReportHeader, ReportRows()), OpenData.CsvContentType, name + ".csv");
        var method = StatisticsDocuments.MethodLine(FormSexYear);
        var title = new Domain.Texts.LocalizedText($"Rapport annuel {ReportYear}", $"Annual report {ReportYear}");
        var package = OpenData.Package(name, title, [(csv.FileName, ReportSchema())], clock.GetUtcNow(), Domain.Texts.KebabCase.Of(ReportMethod), method);
        return format switch
        {
            "csv" => File(csv.Bytes, csv.ContentType, csv.FileName),
            "datapackage" => new JsonResult(package),
            _ => File(OpenData.Zip(name, csv, package).Bytes, OpenData.ZipContentType, name + ".zip"),
        };
    }

    public static readonly string[] ReportHeader = ["table", "dimension", "category", "year", "value", "suppressed", "method"];

    private IEnumerable<string?[]> ReportRows()
    {
        string?[] Row(string table, string dimension, string? category, string year, ProtectedCell cell, DisclosureMethod method) =>
            [table, dimension, category ?? "total", year, cell.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.Suppressed ? "true" : "false", Domain.Texts.KebabCase.Of(method)];
        var year = ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var form in FormSexYear.Categories[0].Cast<string?>().Append(null))
        {
            foreach (var column in SeriesColumns)
            {
                yield return Row("registered-by-form", "exploitation_form", form, column, Series(form, column), FormSexYear.Method);
            }

            if (FormSexYear.Categories[1].Contains("female") && FormSexYear.Categories[2].Contains(year))
            {
                yield return Row("registered-women-by-form", "exploitation_form", form, year, FormSexYear[form, "female", year], FormSexYear.Method);
            }
        }

        foreach (var (table, dimension, source) in new[] { ("registered-by-nationality-group", "nationality_group", ByNationality), ("registered-children-and-adults", "child_or_adult", ChildrenAndAdults) })
        {
            foreach (var category in source.Categories[0].Cast<string?>().Append(null))
            {
                yield return Row(table, dimension, category, year, source[category], source.Method);
            }
        }

        foreach (var (measure, total) in PathwayTotals)
        {
            var amount = MeasureCatalogue.KindOf(measure) == MeasureKind.Amount;
            yield return Row("pathway", "measure", Domain.Texts.KebabCase.Of(measure), year, total, amount ? DisclosureMethod.Suppression : ReportMethod);
        }
    }

    private static Dictionary<string, object?> ReportSchema()
    {
        Dictionary<string, object?> Field(string name, string type, string french, string english) => new()
        {
            ["name"] = name,
            ["type"] = type,
            ["title"] = english,
            ["titles"] = StatisticsDocuments.Titles(new(french, english)),
        };
        var suppressed = Field("suppressed", "boolean", "Masqué", "Suppressed");
        suppressed["trueValues"] = new[] { "true" };
        suppressed["falseValues"] = new[] { "false" };
        return new()
        {
            ["fields"] = new[]
            {
                Field("table", "string", "Tableau du rapport", "Table of the report"),
                Field("dimension", "string", "Dimension", "Dimension"),
                Field("category", "string", "Catégorie (total : marge)", "Category (total: margin)"),
                Field("year", "integer", "Année de première détection", "Year of first detection"),
                Field("value", "number", "Personnes (ou euros)", "Persons (or euros)"),
                suppressed,
                Field("method", "string", "Méthode de protection", "Protection method"),
            },
            ["missingValues"] = new[] { "" },
        };
    }

    /// <summary>The persons of a form first detected in a year (the series), or of every form with a null form.</summary>
    public ProtectedCell Series(string? form, string year) => FormSexYear[form, null, year];

    /// <summary>The share of women among the persons of a form in the report's year, when both counts are published.</summary>
    public string WomenShare(string form)
    {
        var year = ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!FormSexYear.Categories[1].Contains("female") || !FormSexYear.Categories[2].Contains(year))
        {
            return "";
        }

        var women = FormSexYear[form, "female", year];
        var all = FormSexYear[form, null, year];
        return all.Value == 0 ? ""
            : women.Value is { } w && all.Value is { } a && !women.Suppressed && !all.Suppressed ? (w / a).ToString("P0", System.Globalization.CultureInfo.CurrentCulture)
            : "s";
    }

    private Task<ProtectedTable> TableAsync(
        Measure measure, StatisticalDimension[] by, string? year, IEnumerable<IReadOnlyList<string?>>? alsoSuppress, CancellationToken ct)
    {
        var filters = year is null ? new Dictionary<StatisticalDimension, string>() : new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = year };
        return service.TableAsync(
            new StatisticsRequest(new StatisticsQuery(measure, by) { Filters = filters }, ReportMethod, StatisticsFormat.Json), alsoSuppress, ct);
    }
}
