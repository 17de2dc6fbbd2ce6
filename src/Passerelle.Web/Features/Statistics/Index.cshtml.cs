using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Texts;
using Passerelle.Domain.Time;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Statistics;

/// <summary>The dashboard: one measure by up to three dimensions, protected, as a chart, its table and downloads.</summary>
[Authorize(Policy = Policies.Statistics)]
public sealed class IndexModel(StatisticsService service, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Measure { get; set; } = "registered";
    [BindProperty(SupportsGet = true)] public string? By { get; set; } = "sex";
    [BindProperty(SupportsGet = true)] public string? Then { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Method { get; set; }

    public ProtectedTable? Table { get; private set; }

    public string ChartId => "dashboard";

    public string Caption => Table is not { } table ? ""
        : StatisticsLabels.Of(table.Measure)
            + (table.Dimensions.Count > 0 ? " — " + string.Join(" × ", table.Dimensions.Select(StatisticsLabels.Of)) : "")
            + (string.IsNullOrEmpty(Year) ? "" : " — " + Year);
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public string Query(string format) =>
        $"?handler=Download&Measure={Uri.EscapeDataString(Measure)}&By={Uri.EscapeDataString(By ?? "")}&Then={Uri.EscapeDataString(Then ?? "")}&Year={Uri.EscapeDataString(Year ?? "")}&Method={Uri.EscapeDataString(Method ?? "")}&Format={format}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var thisYear = clock.Today().Year;
        Years = [.. Enumerable.Range(thisYear - 9, 10).Reverse()];
        var request = Parse("json");
        if (request is not null)
        {
            Table = await service.TableAsync(request, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken ct)
    {
        var request = Parse(format);
        if (request is null)
        {
            return BadRequest();
        }

        var table = await service.TableAsync(request, ct);
        var download = OpenData.Table(table, request, clock.GetUtcNow());
        return download.File is { } file ? File(file.Bytes, file.ContentType, file.FileName) : new JsonResult(download.Json);
    }

    private StatisticsRequest? Parse(string? format)
    {
        var by = string.Join(',', new[] { By, Then }.Where(d => !string.IsNullOrEmpty(d)));
        var request = StatisticsRequest.Parse(Measure, by, Year, null, Method, format, out var errors);
        Errors = errors;
        return request;
    }

    public static IEnumerable<MeasureDefinition> Measures => MeasureCatalogue.All;

    public static IEnumerable<StatisticalDimension> Dimensions => StatisticalDimensions.All;
}
