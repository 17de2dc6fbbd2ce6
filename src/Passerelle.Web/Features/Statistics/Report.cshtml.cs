using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Domain.Time;
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
public sealed class ReportModel(StatisticsService service, TimeProvider clock) : PageModel
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
