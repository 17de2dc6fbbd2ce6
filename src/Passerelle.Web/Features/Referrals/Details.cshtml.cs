using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Referrals;

/// <summary>One referral and what the provider needs to know of the person, while it is active.</summary>
[Authorize(Policy = Policies.CasesRead)]
public sealed class DetailsModel(ReferralService service) : PageModel
{
    public ReferralDetailView Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await service.DetailAsync(id, ct) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}
