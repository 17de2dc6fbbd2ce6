using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// The import page: a file, dry run or not, the defaults for what rows lack; then the import's progress (the page
/// polls <c>?handler=Status</c>, the same view as <c>GET /api/v1/imports/{id}</c>) and its row errors.
/// </summary>
[Authorize(Policy = Policies.CasesWrite)]
public sealed class IndexModel(ImportService imports) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool DryRun { get; set; } = true;
    [BindProperty] public string? DefaultDepartement { get; set; }
    [BindProperty] public string? DefaultDetectedOn { get; set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public ImportView? Import { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } shown)
        {
            Import = await imports.ViewAsync(shown, ct);
            if (Import is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct) =>
        await imports.ViewAsync(id, ct) is { } view ? new JsonResult(view) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (id, errors) = await imports.StartAsync(Upload, DryRun, DefaultDepartement, DefaultDetectedOn, ct);
        if (id is null)
        {
            Errors = errors;
            return Page();
        }

        return RedirectToPage("/Imports/Index", new { id });
    }
}
