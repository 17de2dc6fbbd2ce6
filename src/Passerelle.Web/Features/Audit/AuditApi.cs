using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.Audit);
        audit.MapGet("/", Search).WithSummary("Who read or changed what, and when (auditors). Newest first.");
        audit.MapGet("/verify", Verify).WithSummary("Recomputes the hash chain and says whether the log is intact.");
        return api;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> Search(
        AuditLog log, AuditTrail trail, CancellationToken ct,
        Guid? caseId = null, Guid? userId = null, int? eventCode = null, DateOnly? from = null, DateOnly? to = null, int page = 1, int pageSize = 50)
    {
        var errors = new Dictionary<string, string[]>();
        if (eventCode is { } code && !Enum.IsDefined((AuditEventType)code))
        {
            errors["eventCode"] = ["Unknown event code."];
        }

        if (page < 1)
        {
            errors["page"] = ["The page starts at 1."];
        }

        if (pageSize is < 1 or > AuditQuery.MaxPageSize)
        {
            errors["pageSize"] = [$"The page size is between 1 and {AuditQuery.MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await log.SearchAsync(new AuditQuery(caseId, userId, (AuditEventType?)eventCode, from, to, page, pageSize), ct);
        trail.Record(AuditEventType.AuditViewed, caseId, $"userId={userId} eventCode={eventCode} page={page}");
        await trail.CommitAsync(cancellationToken: ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<ChainVerdict>> Verify(AuditLog log, AuditTrail trail, CancellationToken ct) =>
        TypedResults.Ok(await log.VerifyAndRecordAsync(trail, ct));
}
