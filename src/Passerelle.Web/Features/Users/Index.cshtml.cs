using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Access;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(UserAdministration administration, AgencyDirectory agencies) : PageModel
{
    public IReadOnlyList<UserView> Users { get; private set; } = [];
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public UserCredentials? Created { get; private set; }

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public string? Role { get; set; }

    public UserFormModel Fields => new(Email, DisplayName, AgencyId, Role, false, Agencies, Errors);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new UserInput(Email, DisplayName, AgencyId, ApiEnum.TryParse<Role>(Role, out var role) ? role : null, true);
        var result = await administration.CreateAsync(input, ct);
        if (result.Succeeded)
        {
            Created = result.Value;
            (Email, DisplayName, AgencyId, Role) = (null, null, null, null);
        }
        else
        {
            Errors = new(result.Error.Messages());
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = (await administration.ListAsync(Paging.All, ct)).Items;
        Agencies = (await agencies.ListAsync(Paging.All, ct)).Items;
    }
}
