using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

[Authorize(Policy = Policies.CasesRead)]
public sealed class DetailsModel(CaseRegistry registry) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var view = await registry.ViewAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        Case = view;
        return Page();
    }
}
