using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;

namespace Passerelle.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<User> signIn, UserManager<User> users, AuditTrail audit) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null || !user.IsActive)
        {
            Error = "Invalid email or password.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl = SafeReturnUrl });
        }

        var type = result.Succeeded ? AuditEventType.SignInSucceeded
            : result.IsLockedOut ? AuditEventType.SignInLockedOut
            : AuditEventType.SignInFailed;
        audit.RecordFor(type, user.Id, user.Email, user.AgencyId, "web");
        await audit.CommitAsync();

        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a while. An administrator can unlock it."
            : "Invalid email or password.";
        return Page();
    }

    internal string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
