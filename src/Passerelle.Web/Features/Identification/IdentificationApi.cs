using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Identification;

public static class IdentificationApi
{
    public static RouteGroupBuilder MapIdentificationApi(this RouteGroupBuilder api)
    {
        var identification = api.MapGroup("/cases/{id:guid}/identification").WithTags("Identification");
        identification.MapGet("/", History).RequireAuthorization(Policies.Member)
            .WithSummary("Requests and decisions of the case (holding agency, coordinator, and panel members while it is before them).");
        identification.MapPost("/rg", (Guid id, IdentificationRequest body, IdentificationService service, CancellationToken ct) => RequestAsync(id, IdentificationStage.Rg, body, service, ct))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Send a screened case to a multi-agency panel for a reasonable-grounds decision (5 working days).");
        identification.MapPost("/rg/decision", (Guid id, DecisionInput body, IdentificationService service, CancellationToken ct) => DecideAsync(id, IdentificationStage.Rg, body, service, ct))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("A panel member records their own reasonable-grounds view, with reasons: 200 when the panel has now decided, 202 with the views so far while it has not.");
        identification.MapPost("/cg", (Guid id, IdentificationRequest body, IdentificationService service, CancellationToken ct) => RequestAsync(id, IdentificationStage.Cg, body, service, ct))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Send a case with positive reasonable grounds for a conclusive-grounds decision.");
        identification.MapPost("/cg/decision", (Guid id, DecisionInput body, IdentificationService service, CancellationToken ct) => DecideAsync(id, IdentificationStage.Cg, body, service, ct))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("A panel member records their own conclusive-grounds view, not before the reflection period ends: 200 when the panel has now decided, 202 while it has not.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<IdentificationStepView>>, NotFound>> History(Guid id, Paging paging, IdentificationService service, CancellationToken ct) =>
        await service.HistoryAsync(id, paging, ct) is { } steps ? TypedResults.Ok(steps) : TypedResults.NotFound();

    private static async Task<Results<Created<IdentificationStepView>, ProblemHttpResult>> RequestAsync(
        Guid id, IdentificationStage stage, IdentificationRequest body, IdentificationService service, CancellationToken ct) =>
        ApiAnswers.Created(await service.RequestAsync(id, stage, body, ct), _ => $"/api/v1/cases/{id}/identification");

    /// <summary>
    /// A member's view: 200 with the step when the panel's decision is now taken, 202 with the views so far while it
    /// is not (the case stays rg-pending / cg-pending), 409 when the member has already given a view or the panel
    /// has decided.
    /// </summary>
    private static async Task<Results<Ok<IdentificationStepView>, Accepted<IdentificationStepView>, ProblemHttpResult>> DecideAsync(
        Guid id, IdentificationStage stage, DecisionInput body, IdentificationService service, CancellationToken ct) =>
        ApiAnswers.OkOrAccepted(await service.DecideAsync(id, stage, body, ct), $"/api/v1/cases/{id}/identification");
}
