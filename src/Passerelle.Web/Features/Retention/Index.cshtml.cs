using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Retention;

/// <summary>The administrator's retention page: the schedule with its sources, the closed cases, and the erasure button.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(RetentionService service) : PageModel
{
    public RetentionOverview Overview { get; private set; } = null!;
    public ErasureReport? Report { get; private set; }
    /// <summary>Why erasure was refused (an English resource key).</summary>
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Overview = await service.OverviewAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await service.EraseDueAsync(ct);
        if (result.Succeeded)
        {
            Report = result.Value;
        }
        else
        {
            Message = result.Error.Detail ?? result.Error.Title;
        }

        Overview = await service.OverviewAsync(ct);
        return Page();
    }
}
