using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Alerts;
using Passerelle.Web.Features.Home;
using Passerelle.Web.Platform.Http;

namespace Passerelle.Web.Features.Notifications;

/// <summary>The signed-in user's own day: <c>/api/v1/me/tasks</c> and <c>/api/v1/me/notifications</c>. Nobody reads another user's.</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("My day");
        me.MapGet("/tasks", async (MyTasks tasks, Paging paging, CancellationToken ct) => TypedResults.Ok((await tasks.ListAsync(ct)).ToPage(paging)))
            .WithSummary("What to do next: deadlines overdue or due this week, decisions awaiting my view, incoming referrals, missing children, linkage pairs to review (case references only).");
        me.MapGet("/notifications", async (AlertInbox inbox, Paging paging, CancellationToken ct) => TypedResults.Ok(await inbox.NotificationsAsync(paging, ct)))
            .WithSummary("My notifications, newest first, each with its title in my language (case reference only, never a name).");
        me.MapPost("/notifications/{id:guid}/read", ReadAsync).WithSummary("Mark one of my notifications read.");
        me.MapPost("/notifications/read-all", async (AlertInbox inbox, CancellationToken ct) => TypedResults.Ok(new { marked = await inbox.MarkAllReadAsync(ct) }))
            .WithSummary("Mark all my notifications read; answers how many were unread.");
        return api;
    }

    private static async Task<Results<NoContent, NotFound>> ReadAsync(Guid id, AlertInbox inbox, CancellationToken ct) =>
        await inbox.MarkReadAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<Notifier>();
        services.AddScoped<DeadlineNotifications>();
        services.AddScoped<MyTasks>();
    }
}
