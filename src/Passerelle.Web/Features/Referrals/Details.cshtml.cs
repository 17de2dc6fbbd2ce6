using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Referrals;

/// <summary>
/// One referral and what the provider needs to know of the person, while it is active. The sending side's case
/// workers also record here that a child's guardian was informed after the referral was sent (the case page's
/// "Referrals" section posts its form here too).
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
public sealed class DetailsModel(ReferralService service, PasserelleDbContext db, CurrentUser me) : PageModel
{
    public ReferralDetailView Detail { get; private set; } = null!;

    /// <summary>The guardian notice is awaited and this user may record it: a case worker of the agency that sees the case.</summary>
    public bool CanRecordGuardianNotice { get; private set; }

    public Dictionary<string, string[]> Errors => ModelState.FieldErrors();

    [BindProperty] public DateOnly? InformedOn { get; set; }
    [BindProperty] public string? Guardian { get; set; }

    /// <summary><c>case</c> when the form was sent from the case page, which it goes back to.</summary>
    [BindProperty] public string? ReturnTo { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGuardianNoticeAsync(Guid id, CancellationToken ct)
    {
        var result = await service.RecordGuardianNoticeAsync(id, new GuardianNoticeInput(InformedOn, Guardian), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "guardian-notice";
            return ReturnTo == "case" ? Redirect($"/Cases/Details/{result.Value.CaseId}#referrals") : RedirectToPage(new { id });
        }

        return this.Refused(result.Error) ?? (await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.DetailAsync(id, ct) is not { } detail)
        {
            return false;
        }

        Detail = detail;
        CanRecordGuardianNotice = detail.Referral.AwaitsGuardianNotice && me.CanWriteCases
            && await db.Cases.AsNoTracking().VisibleTo(me).AnyAsync(c => c.Id == detail.Referral.CaseId, ct);
        return true;
    }
}
