using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Features.Alerts;

/// <summary>The user's alerts; any signed-in member has an inbox.</summary>
public sealed class IndexModel(AlertInbox inbox) : PageModel
{
    public IReadOnlyList<AlertView> Alerts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Alerts = await inbox.ListAsync(ct);

    public async Task<IActionResult> OnPostReadAsync(Guid alertId, CancellationToken ct)
    {
        await inbox.MarkReadAsync(alertId, ct);
        return RedirectToPage();
    }
}
