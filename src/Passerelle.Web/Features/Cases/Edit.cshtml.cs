using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

[Authorize(Policy = Policies.CasesWrite)]
public sealed class EditModel(CaseRegistry registry) : PageModel, ICaseFormPage
{
    [BindProperty]
    public CaseForm Form { get; set; } = new();

    /// <summary>The version the form was opened on: a save over a newer version is refused, never silently merged.</summary>
    [BindProperty]
    public int Version { get; set; }

    public string Reference { get; private set; } = "";

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool Stale { get; private set; }

    public bool IdentityEditable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var view = await registry.ViewAsync(id, ct, Domain.Access.CaseOperation.Update);
        if (view is null)
        {
            return NotFound();
        }

        Form = CaseForm.From(CaseRegistry.ToFacts(view));
        Version = view.Version;
        IdentityEditable = view.IdentityVisible;
        Reference = view.Reference;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var (facts, errors) = Form.ToFacts(registry.Today);
        if (facts is null)
        {
            Errors = errors;
            return await KeepFormAsync(id, ct);
        }

        var (outcome, view) = await registry.UpdateAsync(id, facts, Version, ct);
        switch (outcome)
        {
            case UpdateOutcome.NotFound:
                return NotFound();
            case UpdateOutcome.Stale:
                Stale = true;
                return await KeepFormAsync(id, ct);
            case UpdateOutcome.Updated:
            default:
                TempData["Flash"] = view!.Reference;
                return RedirectToPage("Details", new { id });
        }
    }

    /// <summary>Shows the user's input back, untouched, with the errors: nothing typed is lost.</summary>
    private async Task<IActionResult> KeepFormAsync(Guid id, CancellationToken ct)
    {
        var view = await registry.ViewAsync(id, ct, Domain.Access.CaseOperation.Update);
        if (view is null)
        {
            return NotFound();
        }

        Reference = view.Reference;
        IdentityEditable = view.IdentityVisible;
        if (Stale)
        {
            Version = view.Version;
        }

        return Page();
    }
}
