using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

[Authorize(Policy = Policies.CasesRead)]
public sealed class DetailsModel(CaseRegistry registry, Screenings.ScreeningService screenings) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<Screenings.ScreeningView> Screenings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var view = await registry.ViewAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        Case = view;
        Screenings = await screenings.ListAsync(id, Platform.Localization.LocalizationSetup.CurrentLanguage, ct) ?? [];
        return Page();
    }
}
