using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Identification;

/// <summary>
/// "My pending decisions": the cases before a panel the user sits on, with the days left. The coordinator, who sits on
/// no panel, gets the national view of every pending decision instead, pseudonymised (it answered 403 before).
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
public sealed class IndexModel(IdentificationService service, CurrentUser user) : PageModel
{
    public IReadOnlyList<PendingDecision> Pending { get; private set; } = [];

    /// <summary>The coordinator's national list; null for a panel member.</summary>
    public IReadOnlyList<NationalPendingDecision>? National { get; private set; }

    [BindProperty] public Guid CaseId { get; set; }
    [BindProperty] public string? Stage { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Reasons { get; set; }
    public Dictionary<string, string[]> Errors => ModelState.FieldErrors();

    public async Task OnGetAsync(CancellationToken ct)
    {
        National = await service.PendingNationallyAsync(ct);
        if (National is null)
        {
            Pending = await service.PendingForMeAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!user.CanWriteCases)
        {
            return Forbid();
        }

        var stage = Platform.Http.ApiEnum.TryParse<IdentificationStage>(Stage, out var parsed) ? parsed : IdentificationStage.Rg;
        DecisionOutcome? outcome = Outcome switch { "positive" => DecisionOutcome.Positive, "negative" => DecisionOutcome.Negative, _ => null };
        var result = await service.DecideAsync(CaseId, stage, new DecisionInput(outcome, Reasons, null), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "view";
            return RedirectToPage();
        }

        if (result.Error.Kind is WriteFailure.NotFound or WriteFailure.Forbidden)
        {
            return NotFound();
        }

        ModelState.AddWriteError(result.Error);
        Pending = await service.PendingForMeAsync(ct);
        return Page();
    }
}
