using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;

namespace Passerelle.Web.Features.Account.Manage;

/// <summary>The signed-in user's passkeys: register one on this device, see and remove the others.</summary>
[PasskeysEnabled]
public sealed class PasskeysModel(UserManager<User> users, SignInManager<User> signIn, AuditTrail audit, ILogger<PasskeysModel> logger) : PageModel
{
    public sealed record Row(string Id, string Name, DateTimeOffset CreatedAt);

    public IReadOnlyList<Row> Registered { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    [BindProperty]
    public string CredentialJson { get; set; } = "";

    [BindProperty]
    public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = await users.GetUserIdAsync(user),
            Name = user.Email ?? user.UserName ?? user.Id.ToString(),
            DisplayName = user.DisplayName,
        });
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var attestation = string.IsNullOrWhiteSpace(CredentialJson) ? null : await signIn.PerformPasskeyAttestationAsync(CredentialJson);
        if (attestation is null || !attestation.Succeeded || attestation.UserEntity.Id != await users.GetUserIdAsync(user))
        {
            logger.LogWarning("Passkey attestation refused: {Reason}", attestation?.Failure?.Message ?? "no credential");
            Error = "The passkey could not be registered. Try again.";
            await LoadAsync(user);
            return Page();
        }

        var passkey = attestation.Passkey;
        passkey.Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim()[..Math.Min(Name.Trim().Length, 100)];
        var result = await users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!result.Succeeded)
        {
            Error = "The passkey could not be registered. Try again.";
            await LoadAsync(user);
            return Page();
        }

        audit.RecordFor(AuditEventType.PasskeyAdded, user.Id, user.Email, user.AgencyId, "passkey " + Short(passkey.CredentialId));
        await audit.CommitAsync();
        Message = "Passkey registered. You can now sign in with it, without a password.";
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        byte[] credentialId;
        try
        {
            credentialId = WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return BadRequest();
        }

        var result = await users.RemovePasskeyAsync(user, credentialId);
        if (result.Succeeded)
        {
            audit.RecordFor(AuditEventType.PasskeyRemoved, user.Id, user.Email, user.AgencyId, "passkey " + Short(credentialId));
            await audit.CommitAsync();
            Message = "Passkey removed.";
        }

        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(User user)
    {
        var passkeys = await users.GetPasskeysAsync(user);
        Registered = passkeys
            .OrderBy(p => p.CreatedAt)
            .Select(p => new Row(WebEncoders.Base64UrlEncode(p.CredentialId), p.Name ?? "", p.CreatedAt))
            .ToList();
    }

    /// <summary>A short, non-secret reference to a credential for the audit log.</summary>
    private static string Short(byte[] credentialId) => WebEncoders.Base64UrlEncode(credentialId)[..Math.Min(12, WebEncoders.Base64UrlEncode(credentialId).Length)];
}
