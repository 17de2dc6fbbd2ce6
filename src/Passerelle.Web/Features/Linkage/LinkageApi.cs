using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Linkage;

public static class LinkageApi
{
    public static RouteGroupBuilder MapLinkageApi(this RouteGroupBuilder api)
    {
        var linkage = api.MapGroup("/linkage").WithTags("Linkage").RequireAuthorization(Policies.Coordination);
        linkage.MapGet("/runs", async (LinkageService service, Paging paging, CancellationToken ct) => TypedResults.Ok(await service.RunsAsync(paging, ct)))
            .WithSummary("Linkage run history, newest first (coordinator).");
        linkage.MapPost("/runs", async (LinkageService service, CancellationToken ct) =>
                TypedResults.Created("/api/v1/linkage/runs", await service.RunAsync(ct)))
            .WithSummary("Link all cases now: pairs to review, links and person keys (coordinator).");
        linkage.MapGet("/reviews", Reviews).PageSize(LinkageService.PageSize, PagingBounds.Default.MaxSize)
            .WithSummary("Pairs by status (pending, accepted, rejected, unlinked), 100 a page by default, those whose decision would change the count of persons first: non-identifying facts and per-field agreement levels and weights, never names, birth dates or phones; audited.");
        linkage.MapGet("/links", async (LinkageService service, Paging paging, CancellationToken ct) =>
                TypedResults.Ok(await service.PairsAsync([LinkagePairStatus.Linked, LinkagePairStatus.Accepted], crossAgencyOnly: true, paging, ct)))
            .PageSize(LinkageService.PageSize, PagingBounds.Default.MaxSize)
            .WithSummary("Cross-agency links currently in force, side by side; audited.");
        linkage.MapPost("/reviews/{id:guid}/accept", (Guid id, LinkageService service, CancellationToken ct) => Answer(service.AcceptAsync(id, ct)))
            .WithSummary("The two records are one person: they stay linked in every later run.");
        linkage.MapPost("/reviews/{id:guid}/reject", (Guid id, LinkageService service, CancellationToken ct) => Answer(service.RejectAsync(id, ct)))
            .WithSummary("Two different persons: never merged again.");
        linkage.MapPost("/links/{id:guid}/unlink", (Guid id, LinkageService service, CancellationToken ct) => Answer(service.UnlinkAsync(id, ct)))
            .WithSummary("Separate a linked or accepted pair; never merged again.");

        api.MapGet("/cases/{id:guid}/linkage", async Task<Results<Ok<CaseLinkageView>, NotFound>> (Guid id, LinkageService service, CancellationToken ct) =>
                await service.ForCaseAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithTags("Linkage").RequireAuthorization(Policies.CasesRead)
            .WithSummary("Whether another agency also records this person — never who or what.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<LinkagePairView>>, ValidationProblem>> Reviews(
        string? status, Paging paging, LinkageService service, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var parsed = ApiEnum.Parse<LinkagePairStatus>(status, "status", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await service.PairsAsync([parsed ?? LinkagePairStatus.Pending], crossAgencyOnly: false, paging, ct));
    }

    private static async Task<Results<Ok<LinkagePairView>, ProblemHttpResult>> Answer(Task<WriteResult<LinkagePairView>> decision) =>
        ApiAnswers.Ok(await decision);
}
