using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Proceedings;

public static class ProceedingsApi
{
    public static RouteGroupBuilder MapProceedingsApi(this RouteGroupBuilder api)
    {
        var proceedings = api.MapGroup("/cases/{id:guid}/proceedings").WithTags("Proceedings");
        proceedings.MapGet("/", Get).RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's criminal proceedings: complaint, unit, offences, outcome, sentence, confiscations, compensation claims, with an ETag.");
        proceedings.MapPut("/", Put).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Replace the case's criminal proceedings (case managers of the holding agency). Requires If-Match (\"0\" before the first save).");
        return api;
    }

    private static async Task<Results<Ok<ProceedingsView>, NotFound>> Get(Guid id, ProceedingsService service, HttpResponse response, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } view)
        {
            return TypedResults.NotFound();
        }

        response.Headers.ETag = ETagOf(view);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<ProceedingsView>, NotFound, ValidationProblem, ProblemHttpResult>> Put(
        Guid id, ProceedingsInput input, ProceedingsService service, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: "Send the ETag you read in an If-Match header, so that a concurrent change is never overwritten.");
        }

        if (!EntityTagHeaderValue.TryParse(ifMatch, out var tag)
            || !int.TryParse(tag.Tag.ToString().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Unknown version",
                detail: "The If-Match header does not hold an ETag of this API.");
        }

        var result = await service.ReplaceAsync(id, input, version, ct);
        switch (result.Outcome)
        {
            case ProceedingsOutcomeKind.NotFound:
                return TypedResults.NotFound();
            case ProceedingsOutcomeKind.Forbidden:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Case managers of the holding agency record the proceedings");
            case ProceedingsOutcomeKind.Invalid:
                return TypedResults.ValidationProblem(result.Errors!);
            case ProceedingsOutcomeKind.Stale:
                return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale version",
                    detail: "The proceedings record changed since you read it. Read it again, then re-apply your change.");
            case ProceedingsOutcomeKind.Ok:
            default:
                response.Headers.ETag = ETagOf(result.View!);
                return TypedResults.Ok(result.View!);
        }
    }

    private static string ETagOf(ProceedingsView view) => $"\"{view.Version.ToString(CultureInfo.InvariantCulture)}\"";
}
