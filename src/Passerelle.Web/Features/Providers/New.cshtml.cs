using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Referrals;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Providers;

/// <summary>Administrators and the coordinator add a provider to the directory.</summary>
[Authorize(Policy = Policies.ProvidersManage)]
public sealed class NewModel(ProviderDirectory directory, AgencyDirectory agencies) : PageModel
{
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<ServiceType> Services { get; set; } = [];
    [BindProperty] public string? Departement { get; set; }
    [BindProperty] public string? Languages { get; set; }
    [BindProperty] public bool AcceptsAdults { get; set; } = true;
    [BindProperty] public bool AcceptsChildren { get; set; }
    [BindProperty] public List<Sex> AcceptedSexes { get; set; } = [];
    [BindProperty] public int PlacesTotal { get; set; }
    [BindProperty] public int PlacesOccupied { get; set; }
    [BindProperty] public Guid? AgencyId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Agencies = (await agencies.ListAsync(Paging.All, ct)).Items;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var languages = (Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var input = new ProviderInput(Name, Services, Departement, languages, AcceptsAdults, AcceptsChildren, AcceptedSexes, PlacesTotal, PlacesOccupied, AgencyId);
        var result = await directory.CreateAsync(input, ct);
        if (!result.Succeeded)
        {
            Errors = new(result.Error.Messages());
            Agencies = (await agencies.ListAsync(Paging.All, ct)).Items;
            return Page();
        }

        TempData["Notice"] = "created";
        return Redirect($"/Providers/Details/{result.Value.Id}");
    }
}
