using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Retention;

/// <summary>
/// A case's closure (reason, date) and, once closed, its retention periods and the day it may be erased. Same
/// service as the API (<see cref="RetentionService"/>): scoped, audited; the role gate is the API's.
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
public sealed class ClosureModel(RetentionService service, CurrentUser me) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateOnly? ClosedOn { get; set; }

    public ClosureView View { get; private set; } = null!;
    public bool CanWrite => me.CanWriteCases;
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!me.CanWriteCases)
        {
            return Forbid();
        }

        var reason = ApiEnum.TryParse<ClosureReason>(Reason, out var r) ? r : (ClosureReason?)null;
        var result = await service.CloseAsync(id, new ClosureInput(reason, ClosedOn), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "closed";
            return Redirect($"/Retention/Closure/{id}");
        }

        if (result.Error.Kind is WriteFailure.NotFound or WriteFailure.Forbidden)
        {
            return this.Refused(result.Error)!;
        }

        Errors = result.Error.Messages("form").ToDictionary();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.ViewAsync(id, ct) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }
}
