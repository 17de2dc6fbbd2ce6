using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// The annual report, laid out like the SSMSI series (DOMAIN.md section 7): victims by form of exploitation over the
/// five years to the chosen one, the share of women per form, then the year's figures along the NRM pathway.
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
        Measure.ChildrenMissing,
    ];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int ReportYear { get; private set; }
    public IReadOnlyList<string> SeriesColumns { get; private set; } = [];
    public ProtectedTable Series { get; private set; } = null!;
    public ProtectedTable WomenByForm { get; private set; } = null!;
    public ProtectedTable ByNationality { get; private set; } = null!;
    public ProtectedTable ChildrenAndAdults { get; private set; } = null!;
    public IReadOnlyList<(Measure Measure, ProtectedCell Total)> PathwayTotals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ReportYear = Year is >= StatisticsRequest.FirstYear and <= StatisticsRequest.LastYear ? Year.Value : clock.GetUtcNow().Year - 1;
        var year = ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Series = await TableAsync(Measure.Registered, [StatisticalDimension.ExploitationForm, StatisticalDimension.Year], null, ct);
        SeriesColumns = [.. Enumerable.Range(ReportYear - SeriesYears + 1, SeriesYears)
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(y => Series.Categories[1].Contains(y))];
        WomenByForm = await TableAsync(Measure.Registered, [StatisticalDimension.ExploitationForm, StatisticalDimension.Sex], year, ct);
        ByNationality = await TableAsync(Measure.Registered, [StatisticalDimension.NationalityGroup], year, ct);
        ChildrenAndAdults = await TableAsync(Measure.Registered, [StatisticalDimension.ChildOrAdult], year, ct);
        var totals = new List<(Measure, ProtectedCell)>();
        foreach (var measure in Pathway)
        {
            totals.Add((measure, (await TableAsync(measure, [], year, ct)).GrandTotal));
        }

        PathwayTotals = totals;
        return Page();
    }

    /// <summary>The share of women among the persons of a form, when both counts are published.</summary>
    public string WomenShare(string form)
    {
        var women = WomenByForm[form, "female"];
        var all = WomenByForm[form, null];
        return women.Value is { } w && all.Value is { } a && a > 0 && !women.Suppressed
            ? (w / a).ToString("P0", System.Globalization.CultureInfo.CurrentCulture)
            : "s";
    }

    private Task<ProtectedTable> TableAsync(Measure measure, StatisticalDimension[] by, string? year, CancellationToken ct)
    {
        var filters = year is null ? new Dictionary<StatisticalDimension, string>() : new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = year };
        return service.TableAsync(new StatisticsRequest(new StatisticsQuery(measure, by) { Filters = filters }, DisclosureMethod.Suppression, StatisticsFormat.Json), ct);
    }
}
