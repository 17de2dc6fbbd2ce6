using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Timeline;

public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/timeline", Get).WithTags("Timeline").RequireAuthorization(Policies.CasesRead)
            .PageSize(50, TimelineService.MaxPageSize)
            .WithSummary("What happened to the case, newest first, paged (`page`, `pageSize` up to 100): when, what (in the user's language), who and for which agency — role and agency only for readers who do not see the identity.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<TimelineEvent>>, ProblemHttpResult>> Get(Guid id, Paging paging, TimelineService service, CancellationToken ct) =>
        await service.PageAsync(id, paging, ct) is { } timeline ? TypedResults.Ok(timeline) : ApiAnswers.Problem(WriteError.NotFound());
}
