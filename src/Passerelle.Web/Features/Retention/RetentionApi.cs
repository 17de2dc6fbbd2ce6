using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Retention;

public static class RetentionApi
{
    public static RouteGroupBuilder MapRetentionApi(this RouteGroupBuilder api)
    {
        var closure = api.MapGroup("/cases/{id:guid}/closure").WithTags("Retention");
        closure.MapGet("/", Get).RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's closure (reason, date) and, once closed, how long each category is kept, on what basis, and the first day it may be erased.");
        // POST …/close is the contract (issue 17); POST …/closure, the route before it, stays as an alias of the same handler.
        api.MapPost("/cases/{id:guid}/close", Close).WithTags("Retention").RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Close the case with a reason and a date (holding agency). Refused while a panel decision is pending, and once closed.");
        closure.MapPost("/", Close).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Alias of POST /api/v1/cases/{id}/close, kept for clients written before it: same input, same answers.");

        var retention = api.MapGroup("/retention").WithTags("Retention");
        retention.MapGet("/", Overview).RequireAuthorization(Policies.Administration)
            .WithSummary("The retention schedule with its sources, and every closed case with the day it may be erased (no identifying field).");
        retention.MapPost("/erasure", Erase).RequireAuthorization(Policies.Administration)
            .WithSummary("Erase every closed case whose retention has run out: identifying fields and file removed, statistics kept. Needs the elimination agreement for public archives.");
        return api;
    }

    private static async Task<Results<Ok<ClosureView>, NotFound>> Get(Guid id, RetentionService service, CancellationToken ct) =>
        await service.ViewAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<ClosureView>, ProblemHttpResult>> Close(Guid id, ClosureInput input, RetentionService service, CancellationToken ct) =>
        ApiAnswers.Ok(await service.CloseAsync(id, input, ct));

    private static async Task<Ok<RetentionOverview>> Overview(RetentionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.OverviewAsync(ct));

    private static async Task<Results<Ok<ErasureReport>, ProblemHttpResult>> Erase(RetentionService service, CancellationToken ct) =>
        ApiAnswers.Ok(await service.EraseDueAsync(ct));
}
