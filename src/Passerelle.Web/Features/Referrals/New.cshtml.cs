using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Referrals;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Referrals;

/// <summary>"Refer to a service": search the directory for the case's need, then send with consent or guardian notice.</summary>
[Authorize(Policy = Policies.CasesWrite)]
public sealed class NewModel(ReferralService service, ProviderDirectory directory) : PageModel
{
    public ReferralCase Case { get; private set; } = null!;

    public IReadOnlyList<ProviderView> Providers { get; private set; } = [];

    public Dictionary<string, string[]> Errors => ModelState.FieldErrors();

    [BindProperty(SupportsGet = true)] public string? Service { get; set; }
    [BindProperty(SupportsGet = true)] public string? Departement { get; set; }
    [BindProperty(SupportsGet = true)] public bool FreePlaces { get; set; } = true;
    [BindProperty] public Guid? ProviderId { get; set; }
    [BindProperty] public DateOnly? ConsentGivenOn { get; set; }
    [BindProperty] public string? ConsentLanguage { get; set; }
    [BindProperty] public string? ConsentExplainedBy { get; set; }
    [BindProperty] public DateOnly? GuardianInformedOn { get; set; }
    [BindProperty] public string? Guardian { get; set; }

    public ServiceType? WantedService => ApiEnum.TryParse<ServiceType>(Service, out var parsed) ? parsed : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var consent = ConsentGivenOn is null && string.IsNullOrWhiteSpace(ConsentLanguage) && string.IsNullOrWhiteSpace(ConsentExplainedBy)
            ? null : new ConsentInput(ConsentGivenOn, ConsentLanguage, ConsentExplainedBy);
        var notice = string.IsNullOrWhiteSpace(Guardian) && GuardianInformedOn is null ? null : new GuardianNoticeInput(GuardianInformedOn, Guardian);
        var result = await service.SendAsync(id, new ReferralInput(ProviderId, WantedService, consent, notice), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "referral";
            return Redirect($"/Cases/Details/{id}");
        }

        if (result.Error.Kind is WriteFailure.NotFound or WriteFailure.Forbidden)
        {
            return NotFound();
        }

        ModelState.AddWriteError(result.Error);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.CaseToReferAsync(id, ct) is not { } found)
        {
            return false;
        }

        Case = found;
        Departement ??= found.Departement;
        Providers = WantedService is { } wanted
            ? (await directory.SearchAsync(new ProviderQuery(wanted, Departement, FreePlaces, found.Population, found.Sex), Paging.All, ct)).Items
            : [];
        return true;
    }
}
