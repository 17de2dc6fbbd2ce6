using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.FocalPoint;

public static class FocalPointApi
{
    public static RouteGroupBuilder MapFocalPointApi(this RouteGroupBuilder api)
    {
        var enquiries = api.MapGroup("/focal-point/enquiries").WithTags("National Focal Point").RequireAuthorization(Policies.FocalPoint);
        enquiries.MapGet("/", ListAsync).WithSummary("Enquiries from other countries; ?filter=open|overdue|answered. Open ones first, by due date.");
        enquiries.MapPost("/", ReceiveAsync).WithSummary("Log an enquiry: due on the requested date, else 30 days from receipt.");
        enquiries.MapGet("/{enquiryId:guid}", GetAsync).WithSummary("One enquiry, with its answer once given.");
        enquiries.MapPost("/{enquiryId:guid}/answer", async (Guid enquiryId, AnswerInput body, FocalPointService s, CancellationToken ct) => ApiAnswers.Ok(await Write.Run(() => s.AnswerAsync(enquiryId, body, ct))))
            .WithSummary("Record the answer (encrypted at rest) and when it was sent; 409 if already answered.");
        api.MapGet("/focal-point/missing-children", MissingChildrenAsync).WithTags("National Focal Point").RequireAuthorization(Policies.FocalPoint)
            .WithSummary("Missing-child episodes of every agency; ?status=open (still missing, the default) or all. Still missing first, then the latest reported.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<EnquiryView>>, ValidationProblem>> ListAsync(string? filter, Paging paging, FocalPointService service, CancellationToken ct)
    {
        var parsed = EnquiryFilter.All;
        if (filter is not null && !ApiEnum.TryParse(filter, out parsed))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["filter"] = ["Use open, overdue or answered."] });
        }

        return TypedResults.Ok(await service.ListAsync(parsed, paging, ct));
    }

    private static async Task<Results<Created<EnquiryView>, ProblemHttpResult>> ReceiveAsync(EnquiryInput body, FocalPointService service, CancellationToken ct) =>
        ApiAnswers.Created(await Write.Run(async () => (EnquiryView?)await service.ReceiveAsync(body, ct)), view => $"/api/v1/focal-point/enquiries/{view.Id}");

    private static async Task<Results<Ok<PagedList<MissingChildView>>, ValidationProblem>> MissingChildrenAsync(
        string? status, Paging paging, MissingChildren missing, CancellationToken ct)
    {
        var parsed = MissingChildrenFilter.Open;
        if (status is not null && !ApiEnum.TryParse(status, out parsed))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use open or all."] });
        }

        return TypedResults.Ok(await missing.ListAsync(parsed, paging, ct));
    }

    private static async Task<Results<Ok<EnquiryView>, NotFound>> GetAsync(Guid enquiryId, FocalPointService service, CancellationToken ct) =>
        await service.GetAsync(enquiryId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
