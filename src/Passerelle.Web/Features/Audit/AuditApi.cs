using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.Audit);
        audit.MapGet("/", Search).PageSize(50, AuditQuery.MaxPageSize).WithSummary("Who read or changed what, and when (auditors). Newest first.");
        audit.MapGet("/verify", Verify).WithSummary("Recomputes the hash chain and says whether the log is intact.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<AuditLine>>, ValidationProblem>> Search(
        AuditLog log, AuditTrail trail, Paging paging, CancellationToken ct,
        Guid? caseId = null, Guid? userId = null, int? eventCode = null, DateOnly? from = null, DateOnly? to = null)
    {
        if (eventCode is { } code && !Enum.IsDefined((AuditEventType)code))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["eventCode"] = ["Unknown event code."] });
        }

        var result = await log.SearchAsync(new AuditQuery(caseId, userId, (AuditEventType?)eventCode, from, to, paging.Page, paging.Size), ct);
        trail.Record(AuditEventType.AuditViewed, caseId, $"userId={userId} eventCode={eventCode} page={paging.Page}");
        await trail.CommitAsync(cancellationToken: ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<ChainVerdict>> Verify(AuditLog log, AuditTrail trail, CancellationToken ct) =>
        TypedResults.Ok(await log.VerifyAndRecordAsync(trail, ct));
}
