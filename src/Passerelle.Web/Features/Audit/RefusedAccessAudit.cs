using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

/// <summary>
/// Audits every refused request of a signed-in user — 403, or 404 on a route that exists (a probe of a case, a
/// referral, a user of another agency) — as <see cref="AuditEventType.AccessRefused"/>. It runs after the response
/// is decided, so the caller's answer is the same whether the case exists or not; the entry names the case only
/// when it exists, and otherwise keeps the probed id in its details.
/// </summary>
public sealed class RefusedAccessAudit(RequestDelegate next)
{
    private static readonly string[] CaseRouteValues = ["caseId", "id"];

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var status = context.Response.StatusCode;
        if (status is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.GetEndpoint() is not RouteEndpoint endpoint)
        {
            return;
        }

        var user = context.RequestServices.GetRequiredService<CurrentUser>();
        if (!user.IsSignedIn)
        {
            return;
        }

        var db = context.RequestServices.GetRequiredService<PasserelleDbContext>();
        Guid? caseId = null;
        Guid? target = null;
        foreach (var name in CaseRouteValues)
        {
            if (context.Request.RouteValues.TryGetValue(name, out var value) && Guid.TryParse(value?.ToString(), out var id))
            {
                target = id;
                if (await db.Cases.AsNoTracking().AnyAsync(c => c.Id == id, context.RequestAborted))
                {
                    caseId = id;
                    break;
                }
            }
        }

        var details = $"status={status} {context.Request.Method} {endpoint.RoutePattern.RawText ?? context.Request.Path.Value}";
        if (caseId is null && target is { } probed)
        {
            details += $" target={probed}";
        }

        var audit = context.RequestServices.GetRequiredService<AuditTrail>();
        audit.Record(AuditEventType.AccessRefused, caseId, details.Length <= 2000 ? details : details[..2000]);
        await audit.CommitAsync(cancellationToken: CancellationToken.None);
    }
}
