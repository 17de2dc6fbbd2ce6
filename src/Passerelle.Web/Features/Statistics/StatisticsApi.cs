using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Texts;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Statistics;

public static class StatisticsApi
{
    public const string XlsxContentType = Documents.Spreadsheet.ContentType;

    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api)
    {
        var statistics = api.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(Policies.Statistics);
        statistics.MapGet("/", Catalogue).WithSummary("The measures and dimensions, with their labels in French and English.");
        statistics.MapGet("/export", ExportAsync)
            .WithSummary("The CTDC-style case-level export, one row per person, k-anonymous over sex, age group, nationality, form, year and département (format=csv|xlsx).");
        statistics.MapGet("/{measure}", TableAsync)
            .WithSummary("A measure by up to three dimensions (by=sex,ageGroup), with disclosure control (method=cell-key|suppression|rounding, cell-key by default; format=json|csv|xlsx|schema|datapackage|zip).");
        return api;
    }

    private static IResult Catalogue() => Results.Ok(new
    {
        measures = MeasureCatalogue.All.Select(m => new { name = m.Name, kind = KebabCase.Of(m.Kind), label = new { fr = m.Label.French, en = m.Label.English } }),
        dimensions = StatisticalDimensions.All.Select(d => new
        {
            name = StatisticalDimensions.Name(d),
            label = new { fr = StatisticalDimensions.Label(d).French, en = StatisticalDimensions.Label(d).English },
            categories = StatisticalDimensions.FixedCategories(d).Append(Category.UnknownCode)
                .Select(c => new { code = c, label = new { fr = StatisticalDimensions.LabelOf(d, c).French, en = StatisticalDimensions.LabelOf(d, c).English } }),
        }),
        maxDimensions = Domain.Statistics.Tables.StatisticsQuery.MaxDimensions,
        methods = Enum.GetValues<DisclosureMethod>().Select(m => KebabCase.Of(m)),
        defaultMethod = KebabCase.Of(StatisticsRequest.DefaultMethod),
        formats = Enum.GetValues<StatisticsFormat>().Select(f => KebabCase.Of(f)),
    });

    private static async Task<IResult> TableAsync(
        string measure, string? by, string? year, string? quarter, string? method, string? format, StatisticsService service, TimeProvider clock, CancellationToken ct)
    {
        var request = StatisticsRequest.Parse(measure, by, year, quarter, method, format, out var errors);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var table = await service.TableAsync(request, ct);
        var download = OpenData.Table(table, request, clock.GetUtcNow());
        return download.File is { } file ? Results.File(file.Bytes, file.ContentType, file.FileName) : Results.Ok(download.Json);
    }

    private static async Task<IResult> ExportAsync(string? format, StatisticsService service, CancellationToken ct)
    {
        var parsed = StatisticsFormat.Csv;
        if (!string.IsNullOrEmpty(format) && (!KebabCase.TryParse(format, out parsed) || parsed is not (StatisticsFormat.Csv or StatisticsFormat.Xlsx)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Expected csv or xlsx."] });
        }

        var export = await service.ExportAsync(parsed, ct);
        var rows = StatisticsDocuments.ExportRows(export);
        return parsed == StatisticsFormat.Xlsx
            ? Results.File(StatisticsDocuments.Xlsx("export", StatisticsDocuments.ExportHeader, rows, new HashSet<int>()), XlsxContentType, "passerelle-export.xlsx")
            : Results.File(StatisticsDocuments.Csv(StatisticsDocuments.ExportHeader, rows), "text/csv; charset=utf-8", "passerelle-export.csv");
    }
}
