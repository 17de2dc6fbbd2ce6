using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Rights;

public static class RightsApi
{
    public static RouteGroupBuilder MapRightsApi(this RouteGroupBuilder api)
    {
        var rights = api.MapGroup("/cases/{id:guid}/rights").WithTags("Rights");
        rights.MapGet("/", Get).RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's reflection period, residence permits, APS and exit-pathway applications, with an ETag.");
        rights.MapPut("/", Put).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Replace the case's rights record (case managers of the holding agency). Requires If-Match (\"0\" before the first save).");
        return api;
    }

    private static async Task<Results<Ok<RightsView>, NotFound>> Get(Guid id, RightsService service, HttpResponse response, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } view)
        {
            return TypedResults.NotFound();
        }

        response.Headers.ETag = ETagOf(view);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<RightsView>, NotFound, ValidationProblem, ProblemHttpResult>> Put(
        Guid id, RightsInput input, RightsService service, IStringLocalizer<Text> text, HttpRequest request, HttpResponse response, CancellationToken ct)
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
            case RightsOutcome.NotFound:
                return TypedResults.NotFound();
            case RightsOutcome.Forbidden:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Case managers of the holding agency record rights");
            case RightsOutcome.Invalid:
                // In the user's language, as the page shows them (the keys of Text.fr.resx are the English messages).
                return TypedResults.ValidationProblem(result.Errors!.In(text));
            case RightsOutcome.Stale:
                return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale version",
                    detail: "The rights record changed since you read it. Read it again, then re-apply your change.");
            case RightsOutcome.Ok:
            default:
                response.Headers.ETag = ETagOf(result.View!);
                return TypedResults.Ok(result.View!);
        }
    }

    private static string ETagOf(RightsView view) => $"\"{view.Version.ToString(CultureInfo.InvariantCulture)}\"";
}
