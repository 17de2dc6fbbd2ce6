using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Agencies;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Agencies;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(AgencyDirectory directory) : PageModel
{
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public string? Departement { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Agencies = (await directory.ListAsync(Paging.All, ct)).Items;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new AgencyInput(Name, ApiEnum.TryParse<AgencyType>(Type, out var type) ? type : null, Departement, true);
        var result = await directory.CreateAsync(input, ct);
        if (!result.Succeeded)
        {
            Errors = new(result.Error.Messages());
            Agencies = (await directory.ListAsync(Paging.All, ct)).Items;
            return Page();
        }

        TempData["Notice"] = result.Value.Name;
        return RedirectToPage();
    }
}
