using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Alerts;
using Passerelle.Web.Platform.Http;

namespace Passerelle.Web.Features.Notifications;

/// <summary>The user's notifications, newest first; any signed-in member has them (their own only).</summary>
public sealed class IndexModel(AlertInbox inbox) : PageModel
{
    public IReadOnlyList<NotificationView> Notifications { get; private set; } = [];

    /// <summary>Shown once after "mark all read": how many were marked.</summary>
    [TempData]
    public int? Marked { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Notifications = (await inbox.NotificationsAsync(Paging.First(AlertInbox.Shown), ct)).Items;

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        await inbox.MarkReadAsync(id, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        Marked = await inbox.MarkAllReadAsync(ct);
        return RedirectToPage();
    }
}
