using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Agencies;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Agencies;

[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(AgencyDirectory directory) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Departement { get; set; }
    [BindProperty] public bool IsActive { get; set; }
    [BindProperty] public int Version { get; set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var agency = await directory.FindAsync(id, ct);
        if (agency is null)
        {
            return NotFound();
        }

        (Name, Type, Departement, IsActive, Version) = (agency.Name, ApiEnum.Name(agency.Type), agency.Departement, agency.IsActive, agency.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var input = new AgencyInput(Name, ApiEnum.TryParse<AgencyType>(Type, out var type) ? type : null, Departement, IsActive);
        var result = await directory.UpdateAsync(id, input, IfMatch.FromForm(Version), ct);
        if (result.Succeeded)
        {
            TempData["Saved"] = result.Value.Name;
            return RedirectToPage("Index");
        }

        if (result.Error.Kind == WriteFailure.NotFound)
        {
            return NotFound();
        }

        if (result.Error.Fields is { Count: > 0 } fields)
        {
            Errors = new(fields);
            return Page();
        }

        ModelState.AddWriteError(result.Error);
        Stale = result.Error.Kind == WriteFailure.Stale;
        Version = (await directory.FindAsync(id, ct))!.Version;
        return Page();
    }
}
