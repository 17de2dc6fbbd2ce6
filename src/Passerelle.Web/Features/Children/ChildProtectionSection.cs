using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Agencies;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Children;

/// <summary>What the child protection section shows: the record, the child-welfare agencies that can lead, and the errors of the last post.</summary>
public sealed record ChildProtectionSectionModel(
    ChildProtectionView View, IReadOnlyList<LeadAgencyView> ChildWelfareAgencies, bool CanWrite, IReadOnlyDictionary<string, string[]> Errors, string? Form);

/// <summary>The "Child protection" section of the case page, shown when the case is a child's (presumed or assessed).</summary>
public sealed class ChildProtectionSectionViewComponent(ChildProtectionService service, PasserelleDbContext db, Platform.Security.CurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var view = await service.GetAsync(caseId, HttpContext.RequestAborted);
        if (view is null || (!view.IsChild && view.AgeAssessments.Count == 0))
        {
            return Content("");
        }

        return View("/Features/Children/_ChildProtectionSection.cshtml", await ModelAsync(db, user, view, new Dictionary<string, string[]>(), null, HttpContext.RequestAborted));
    }

    public static async Task<ChildProtectionSectionModel> ModelAsync(
        PasserelleDbContext db, Platform.Security.CurrentUser user, ChildProtectionView view, IReadOnlyDictionary<string, string[]> errors, string? form, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive && a.Type == AgencyType.ChildWelfare).OrderBy(a => a.Name)
            .Select(a => new LeadAgencyView(a.Id, a.Name, a.Type)).ToListAsync(ct);
        return new(view, agencies, user.CanWriteCases, errors, form);
    }
}
