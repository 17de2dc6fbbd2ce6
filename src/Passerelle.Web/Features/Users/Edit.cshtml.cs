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
public sealed class EditModel(UserAdministration administration, AgencyDirectory agencies, CurrentUser me) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public bool IsActive { get; set; }
    public UserView? Account { get; private set; }
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? TemporaryPassword { get; private set; }
    public string? Message { get; private set; }
    public bool Self { get; private set; }

    public UserFormModel Fields => new(Email, DisplayName, AgencyId, Role, Self, Agencies, Errors);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (Email, DisplayName, AgencyId, Role, IsActive) = (Account!.Email, Account.DisplayName, Account.AgencyId, ApiEnum.Name(Account.Role), Account.IsActive);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Self)
        {
            // Disabled fields are not posted: an administrator editing themselves keeps their own role and agency.
            (AgencyId, Role, IsActive) = (Account!.AgencyId, ApiEnum.Name(Account.Role), Account.IsActive);
        }

        var input = new UserInput(Email, DisplayName, AgencyId, ApiEnum.TryParse<Role>(Role, out var role) ? role : null, IsActive);
        var result = await administration.UpdateAsync(id, input, ct);
        if (result.Succeeded)
        {
            return RedirectToPage("Index");
        }

        if (result.Error.Kind == WriteFailure.NotFound)
        {
            return NotFound();
        }

        Errors = result.Error.Fields is { Count: > 0 } fields ? new(fields) : [];
        Message = result.Error.Fields is { Count: > 0 } ? null : result.Error.Detail ?? result.Error.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id, CancellationToken ct)
    {
        var result = await administration.ResetPasswordAsync(id, ct);
        TemporaryPassword = result.Succeeded ? result.Value.TemporaryPassword : null;
        return await OnGetAsync(id, ct);
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct)
    {
        if (!(await administration.UnlockAsync(id, ct)).Succeeded)
        {
            return NotFound();
        }

        Message = "The account is unlocked.";
        return await OnGetAsync(id, ct);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Account = await administration.FindAsync(id, ct);
        Agencies = (await agencies.ListAsync(Paging.All, ct)).Items;
        Self = id == me.Id;
        return Account is not null;
    }
}
