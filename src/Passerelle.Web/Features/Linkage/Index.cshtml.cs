using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Linkage;

/// <summary>The coordinator's linkage desk: runs, the review queue side by side, and cross-agency links.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class IndexModel(LinkageService service) : PageModel
{
    public IReadOnlyList<LinkageRunView> Runs { get; private set; } = [];
    public IReadOnlyList<LinkagePairView> Pending { get; private set; } = [];
    public IReadOnlyList<LinkagePairView> Links { get; private set; } = [];
    /// <summary>Why the decision was refused (the form's own entry in <c>ModelState</c>), or null.</summary>
    public string? Error => ModelState.FormError();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var first = Platform.Http.Paging.First(LinkageService.PageSize);
        Runs = (await service.RunsAsync(first, ct)).Items;
        Pending = (await service.PairsAsync([LinkagePairStatus.Pending], crossAgencyOnly: false, first, ct)).Items;
        Links = (await service.PairsAsync([LinkagePairStatus.Linked, LinkagePairStatus.Accepted], crossAgencyOnly: true, first, ct)).Items;
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        await service.RunAsync(ct);
        TempData["Notice"] = "run";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) => Decided(service.AcceptAsync(id, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => Decided(service.RejectAsync(id, ct), ct);

    public Task<IActionResult> OnPostUnlinkAsync(Guid id, CancellationToken ct) => Decided(service.UnlinkAsync(id, ct), ct);

    private async Task<IActionResult> Decided(Task<WriteResult<LinkagePairView>> decision, CancellationToken ct)
    {
        var result = await decision;
        if (result.Error?.Kind == WriteFailure.NotFound)
        {
            return NotFound();
        }

        if (result.Error is { } error)
        {
            ModelState.AddWriteError(error);
            await OnGetAsync(ct);
            return Page();
        }

        TempData["Notice"] = "decision";
        return RedirectToPage();
    }
}
