using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Account;

/// <summary>Second step of a sign-in: a code from the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginWith2faModel(SignInManager<User> signIn, AuditTrail audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; } = "";

    [BindProperty]
    public bool UseRecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        var typed = (Code ?? "").Trim();
        if (typed.Length is 0 or > 64)
        {
            Error = "Invalid code.";
            return Page();
        }

        var code = typed.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(typed)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);

        var type = result.Succeeded ? (UseRecoveryCode ? AuditEventType.RecoveryCodeUsed : AuditEventType.SignInSucceeded)
            : result.IsLockedOut ? AuditEventType.SignInLockedOut
            : AuditEventType.SignInFailed;
        audit.RecordFor(type, user.Id, user.Email, user.AgencyId, "web two-factor");
        await audit.CommitAsync();

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a while. An administrator can unlock it."
            : "Invalid code.";
        return Page();
    }
}
