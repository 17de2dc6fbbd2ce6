using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Features.Alerts;

/// <summary>The alerts page became the notifications page (every kind, not only missing children): kept as a redirect for bookmarks and links in earlier e-mails.</summary>
public sealed class IndexModel(AlertInbox inbox) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Notifications/Index");

    public async Task<IActionResult> OnPostReadAsync(Guid alertId, CancellationToken ct)
    {
        await inbox.MarkReadAsync(alertId, ct);
        return RedirectToPage("/Notifications/Index");
    }
}
