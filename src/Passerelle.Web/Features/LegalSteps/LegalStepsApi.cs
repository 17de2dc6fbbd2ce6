using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.LegalSteps;

public static class LegalStepsApi
{
    public static RouteGroupBuilder MapLegalStepsApi(this RouteGroupBuilder api)
    {
        var steps = api.MapGroup("/cases/{id:guid}/legal-steps").WithTags("Legal steps");
        steps.MapGet("/", List).RequireAuthorization(Policies.CasesRead)
            .WithSummary("Information on rights (CESEDA R.425-1), receipt requested (R.425-2), reports to the prosecutor (CPP art. 40) and child-protection channels (CASF L.226-3, C. civ. 375, CPP 706-50), oldest first.");
        steps.MapPost("/", Record).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Record a legal step (screeners and case managers of the holding agency): 201; 400 names the field; 409 for a child-only step on an adult's case.");
        steps.MapPut("/{stepId:guid}/outcome", Outcome).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Record the prosecutor's answer to a report: 200; 409 when the step is not a report.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<LegalStepView>>, NotFound>> List(Guid id, Paging paging, LegalStepsService service, CancellationToken ct) =>
        await service.ListAsync(id, paging, ct) is { } steps ? TypedResults.Ok(steps) : TypedResults.NotFound();

    private static async Task<Results<Created<LegalStepView>, ProblemHttpResult>> Record(
        Guid id, LegalStepInput input, LegalStepsService service, CancellationToken ct) =>
        ApiAnswers.Created(await service.RecordAsync(id, input, ct), _ => $"/api/v1/cases/{id}/legal-steps");

    private static async Task<Results<Ok<LegalStepView>, ProblemHttpResult>> Outcome(
        Guid id, Guid stepId, ProsecutorOutcomeInput input, LegalStepsService service, CancellationToken ct) =>
        ApiAnswers.Ok(await service.RecordOutcomeAsync(id, stepId, input, ct));
}
