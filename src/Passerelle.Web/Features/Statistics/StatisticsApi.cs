using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Texts;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Statistics;

public static class StatisticsApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api)
    {
        var statistics = api.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(Policies.Statistics);
        statistics.MapGet("/", Catalogue).WithSummary("The measures and dimensions, with their labels in French and English.");
        statistics.MapGet("/export", ExportAsync)
            .WithSummary("The CTDC-style case-level export, one row per person, k-anonymous over sex, age group, nationality, form, year and département (format=csv|xlsx).");
        statistics.MapGet("/{measure}", TableAsync)
            .WithSummary("A measure by up to three dimensions (by=sex,ageGroup), with disclosure control (format=json|csv|xlsx|schema).");
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
        formats = Enum.GetValues<StatisticsFormat>().Select(f => KebabCase.Of(f)),
    });

    private static async Task<IResult> TableAsync(
        string measure, string? by, string? year, string? quarter, string? method, string? format, StatisticsService service, CancellationToken ct)
    {
        var request = StatisticsRequest.Parse(measure, by, year, quarter, method, format, out var errors);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var table = await service.TableAsync(request, ct);
        var name = $"{KebabCase.Of(table.Measure)}{string.Concat(table.Dimensions.Select(d => "-by-" + StatisticalDimensions.Name(d)))}";
        return request.Format switch
        {
            StatisticsFormat.Csv => Results.File(StatisticsDocuments.Csv(StatisticsDocuments.Header(table), StatisticsDocuments.Rows(table)), "text/csv; charset=utf-8", name + ".csv"),
            StatisticsFormat.Xlsx => Results.File(
                StatisticsDocuments.Xlsx(KebabCase.Of(table.Measure), StatisticsDocuments.Header(table), StatisticsDocuments.Rows(table), new HashSet<int> { table.Dimensions.Count }),
                XlsxContentType,
                name + ".xlsx"),
            StatisticsFormat.Schema => Results.Ok(StatisticsDocuments.Schema(table)),
            StatisticsFormat.Json => Results.Ok(StatisticsDocuments.Json(table, request)),
        };
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
