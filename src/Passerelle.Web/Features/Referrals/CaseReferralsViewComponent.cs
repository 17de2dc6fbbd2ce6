using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Platform.Http;

namespace Passerelle.Web.Features.Referrals;

/// <summary>The "Referrals" section of the case page.</summary>
public sealed class CaseReferralsViewComponent(ReferralService service) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId, bool canRefer) =>
        (await service.ForCaseAsync(caseId, Paging.All, HttpContext.RequestAborted))?.Items is { } referrals
            ? View("/Features/Referrals/_CaseReferrals.cshtml", new CaseReferralsModel(caseId, canRefer, referrals))
            : Content("");
}

public sealed record CaseReferralsModel(Guid CaseId, bool CanRefer, IReadOnlyList<ReferralView> Referrals);

/// <summary>The guardian notice form of one referral; <paramref name="ReturnTo"/> is <c>case</c> on the case page.</summary>
public sealed record GuardianNoticeFormModel(
    Guid ReferralId, string? ReturnTo, IReadOnlyDictionary<string, string[]> Errors, DateOnly? InformedOn, string? Guardian, string? Caption = null);
