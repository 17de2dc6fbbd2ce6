using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;
using Passerelle.Web.Features.Referrals;
using Passerelle.Web.Platform.Http;

namespace Passerelle.Web.Features.Providers;

/// <summary>The services directory, searched by need.</summary>
public sealed class IndexModel(ProviderDirectory directory) : PageModel
{
    public IReadOnlyList<ProviderView> Providers { get; private set; } = [];

    public bool CanManage => directory.CanManage;

    [BindProperty(SupportsGet = true)] public string? Service { get; set; }
    [BindProperty(SupportsGet = true)] public string? Departement { get; set; }
    [BindProperty(SupportsGet = true)] public bool FreePlaces { get; set; }
    [BindProperty(SupportsGet = true)] public string? Population { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sex { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Providers = (await directory.SearchAsync(
            new ProviderQuery(
                ApiEnum.Parse<ServiceType>(Service, "service", errors), Departement, FreePlaces,
                ApiEnum.Parse<Population>(Population, "population", errors), ApiEnum.Parse<Sex>(Sex, "sex", errors)),
            Paging.All, ct)).Items;
    }
}
