using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Account;

/// <summary>
/// Passwordless sign-in with a passkey: the login page's button asks here for the WebAuthn request options (any
/// passkey of this site), then posts the browser's signed assertion. With user verification required, the passkey
/// counts as multi-factor: no TOTP code is asked afterwards.
/// </summary>
[AllowAnonymous]
[PasskeysEnabled]
public sealed class PasskeyLoginModel(SignInManager<User> signIn, UserManager<User> users, AuditTrail audit) : PageModel
{
    [BindProperty]
    public string CredentialJson { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => RedirectToPage("Login");

    public async Task<IActionResult> OnPostOptionsAsync() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(user: null), "application/json");

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(CredentialJson))
        {
            return RedirectToPage("Login");
        }

        var assertion = await signIn.PerformPasskeyAssertionAsync(CredentialJson);
        if (!assertion.Succeeded)
        {
            audit.RecordFor(AuditEventType.SignInFailed, null, null, null, "passkey: " + assertion.Failure.Message);
            await audit.CommitAsync();
            Error = "This passkey could not be verified. Try again, or sign in with your password.";
            return Page();
        }

        var user = assertion.User;
        if (!user.IsActive || await users.IsLockedOutAsync(user))
        {
            audit.RecordFor(user.IsActive ? AuditEventType.SignInLockedOut : AuditEventType.SignInFailed,
                user.Id, user.Email, user.AgencyId, "passkey: " + (user.IsActive ? "locked out" : "account disabled"));
            await audit.CommitAsync();
            Error = "This account cannot sign in at the moment. An administrator can tell you why.";
            return Page();
        }

        // Keeps the signature counter and flags up to date (a cloned authenticator shows up as a counter that goes back).
        await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
        [
            new Claim(PasserelleClaims.SessionMfa, Passkeys.AuthenticationMethod),
            new Claim(ClaimTypes.AuthenticationMethod, Passkeys.AuthenticationMethod),
        ]);
        audit.RecordFor(AuditEventType.SignInSucceeded, user.Id, user.Email, user.AgencyId, "web passkey");
        await audit.CommitAsync();
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
