using System.Text;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Htcds;

public static class HtcdsApi
{
    public const int MaxK = 100;

    public static RouteGroupBuilder MapHtcdsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exports/htcds", ExportAsync).WithTags("Exports").RequireAuthorization(Policies.CasesRead)
            .WithSummary("Cases in IOM's Human Trafficking Case Data Standard 2.0, one row per case (format=xlsx|csv|json; anonymised=true for the k-anonymous variant, k=11 by default).");
        return api;
    }

    private static async Task<IResult> ExportAsync(HtcdsExporter exporter, CancellationToken ct, string? format = null, bool anonymised = false, int k = HtcdsExporter.DefaultK)
    {
        var errors = new Dictionary<string, string[]>();
        var parsed = ApiEnum.Parse<HtcdsFormat>(format, "format", errors) ?? HtcdsFormat.Xlsx;
        if (k is < 2 or > MaxK)
        {
            errors["k"] = ["The value of k is between 2 and 100."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var export = await exporter.ExportAsync(parsed, anonymised, k, ct);
        var name = anonymised ? "passerelle-htcds-anonymised" : "passerelle-htcds";
        return parsed switch
        {
            HtcdsFormat.Xlsx => Results.File(HtcdsLayout.Xlsx(export.Columns, export.Rows), HtcdsLayout.XlsxContentType, name + ".xlsx"),
            HtcdsFormat.Csv => Results.File(HtcdsLayout.Csv(export.Columns, export.Rows), "text/csv; charset=utf-8", name + ".csv"),
            HtcdsFormat.Json => Results.Text(HtcdsLayout.Json(export.Columns, export.Rows), "application/json; charset=utf-8", Encoding.UTF8),
        };
    }
}
