using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;

namespace Passerelle.Web.Features.Alerts;

public static class AlertsApi
{
    public static RouteGroupBuilder MapAlertsApi(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");
        alerts.MapGet("/", async (AlertInbox inbox, Paging paging, CancellationToken ct) => TypedResults.Ok(await inbox.ListAsync(paging, ct)))
            .WithSummary("The signed-in user's alerts, newest first (case reference only, never a name).");
        alerts.MapPost("/{alertId:guid}/read", MarkReadAsync).WithSummary("Mark one of the user's alerts read.");
        return api;
    }

    private static async Task<Results<NoContent, NotFound>> MarkReadAsync(Guid alertId, AlertInbox inbox, CancellationToken ct) =>
        await inbox.MarkReadAsync(alertId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
