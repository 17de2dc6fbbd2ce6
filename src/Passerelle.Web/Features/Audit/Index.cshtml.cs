using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

[Authorize(Policy = Policies.Audit)]
public sealed class IndexModel(AuditLog log, AuditTrail trail) : PageModel
{
    public Platform.Http.PagedList<AuditLine> Result { get; private set; } = new([], 1, 50, 0);
    public string? CaseReference { get; private set; }
    public ChainVerdict? Verdict { get; private set; }
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Result.Total / (double)Result.PageSize));

    public async Task OnGetAsync(string? caseReference, int page = 1, CancellationToken ct = default)
    {
        await LoadAsync(caseReference, page, ct);
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        Verdict = await log.VerifyAndRecordAsync(trail, ct);
        await LoadAsync(null, 1, ct);
        return Page();
    }

    private async Task LoadAsync(string? caseReference, int page, CancellationToken ct)
    {
        CaseReference = caseReference;
        Guid? caseId = null;
        if (!string.IsNullOrWhiteSpace(caseReference))
        {
            caseId = await log.CaseIdOfAsync(caseReference, ct) ?? Guid.Empty;
        }

        Result = await log.SearchAsync(new AuditQuery(caseId, null, null, null, null, Math.Max(1, page), 50), ct);
        trail.Record(AuditEventType.AuditViewed, caseId is { } id && id != Guid.Empty ? id : null, $"page={page}");
        await trail.CommitAsync(cancellationToken: ct);
    }
}
