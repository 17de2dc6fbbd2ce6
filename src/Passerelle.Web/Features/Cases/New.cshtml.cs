using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

[Authorize(Policy = Policies.CasesWrite)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.CaseCreation)]
public sealed class NewModel(CaseRegistry registry) : PageModel, ICaseFormPage
{
    [BindProperty]
    public CaseForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public void OnGet()
    {
        Form.DetectedOn = registry.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Form.Sex = "unknown";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (facts, errors) = Form.ToFacts(registry.Today);
        if (facts is null)
        {
            Errors = errors;
            return Page();
        }

        var created = await registry.RegisterAsync(facts, ct);
        TempData["Flash"] = created.Reference;
        return RedirectToPage("Details", new { id = created.Id });
    }
}
