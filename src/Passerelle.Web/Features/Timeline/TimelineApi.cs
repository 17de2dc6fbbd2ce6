using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Timeline;

public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/timeline", Get).WithTags("Timeline").RequireAuthorization(Policies.CasesRead)
            .WithSummary("What happened to the case, newest first, paged (`page`, `pageSize` up to 100): when, what (in the user's language), who and for which agency — role and agency only for readers who do not see the identity.");
        return api;
    }

    private static async Task<Results<Ok<TimelinePage>, ProblemHttpResult>> Get(
        Guid id, TimelineService service, CancellationToken ct, int page = 1, int pageSize = 50)
    {
        if (page < 1 || pageSize < 1 || pageSize > TimelineService.MaxPageSize)
        {
            return ApiAnswers.Problem(WriteError.Invalid(page < 1 ? "page" : "pageSize", ProblemTexts.TimelinePaging, "timeline.paging"));
        }

        return await service.PageAsync(id, page, pageSize, ct) is { } timeline ? TypedResults.Ok(timeline) : ApiAnswers.Problem(WriteError.NotFound());
    }
}
