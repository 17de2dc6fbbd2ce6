using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Referrals;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Referrals;

/// <summary>Incoming referrals (to my agency's providers: accept, decline, complete) and outgoing ones (withdraw).</summary>
[Authorize(Policy = Policies.CasesWrite)]
public sealed class IndexModel(ReferralService service, ProviderDirectory directory) : PageModel
{
    public IReadOnlyList<ReferralView> Incoming { get; private set; } = [];

    public IReadOnlyList<ReferralView> Outgoing { get; private set; } = [];

    public IReadOnlyList<ProviderView> MyProviders { get; private set; } = [];

    public Dictionary<string, string[]> Errors => ModelState.FieldErrors();

    public Guid? FailedId { get; private set; }

    [BindProperty] public Guid ReferralId { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ApiEnum.TryParse<ReferralAction>(Action, out var action))
        {
            return BadRequest();
        }

        var result = await service.ActAsync(ReferralId, action, new ReferralActionInput(Reason), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = Action;
            return RedirectToPage();
        }

        if (result.Error.Kind is WriteFailure.NotFound or WriteFailure.Forbidden)
        {
            return NotFound();
        }

        ModelState.AddWriteError(result.Error);
        FailedId = ReferralId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Incoming = (await service.MineAsync(incoming: true, null, Paging.All, ct)).Items;
        Outgoing = (await service.MineAsync(incoming: false, null, Paging.All, ct)).Items;
        MyProviders = await directory.MineAsync(ct);
    }
}
