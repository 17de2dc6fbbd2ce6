using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
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

        var result = await registry.UpdateAsync(id, facts, IfMatch.FromForm(Version), ct);
        if (result.Succeeded)
        {
            TempData["Flash"] = result.Value.Reference;
            return RedirectToPage("Details", new { id });
        }

        if (result.Error.Kind == WriteFailure.NotFound)
        {
            return NotFound();
        }

        ModelState.AddWriteError(result.Error);
        Stale = result.Error.Kind == WriteFailure.Stale;
        return await KeepFormAsync(id, ct);
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
