using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

[Authorize(Policy = Policies.CasesRead)]
public sealed class DetailsModel(
    CaseRegistry registry, Screenings.ScreeningService screenings, Identification.IdentificationService identification, Linkage.LinkageService linkage,
    Audit.AuditTrail audit) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<Screenings.ScreeningView> Screenings { get; private set; } = [];

    public IReadOnlyList<Identification.IdentificationStepView> Identification { get; private set; } = [];

    public bool RecordedElsewhere { get; private set; }

    public IReadOnlyList<Identification.PanelMemberView> Eligible { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors => ModelState.FieldErrors();

    [BindProperty] public List<Guid> Panel { get; set; } = [];

    [BindProperty] public string? NewInformation { get; set; }

    [BindProperty] public string? Stage { get; set; }

    public async Task<IActionResult> OnPostRequestAsync(Guid id, CancellationToken ct)
    {
        var stage = Platform.Http.ApiEnum.TryParse<Web.Features.Identification.IdentificationStage>(Stage, out var parsed) ? parsed : Web.Features.Identification.IdentificationStage.Rg;
        var result = await identification.RequestAsync(id, stage, new Identification.IdentificationRequest(Panel, NewInformation), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "identification";
            return RedirectToPage(new { id });
        }

        ModelState.AddWriteError(result.Error);
        return await OnGetAsync(id, ct);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // One audit entry for the whole page, sections and view components included.
        audit.GatherCaseView(id, Response);
        var view = await registry.ViewAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        Case = view;
        Screenings = await screenings.ListAsync(id, Platform.Localization.LocalizationSetup.CurrentLanguage, ct) ?? [];
        Identification = await identification.HistoryAsync(id, ct) ?? [];
        Eligible = await identification.EligibleMembersAsync(ct);
        RecordedElsewhere = (await linkage.ForCaseAsync(id, ct))?.RecordedElsewhere ?? false;
        return Page();
    }
}
