using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(SignInManager<User> signIn, SignInGuard guard, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public string? Email { get; set; } = "";

    [BindProperty]
    public string? Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (throttle.TryAttempt(Email) is { } wait)
        {
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = "Too many attempts for this account: wait a few minutes before trying again.";
            return Page();
        }

        if (await guard.CandidateAsync(Email, Password, "web") is not { } user)
        {
            Error = "Invalid email or password.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password ?? "", isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl = SafeReturnUrl });
        }

        await guard.RecordAsync(result.Succeeded ? AuditEventType.SignInSucceeded : AuditEventType.SignInFailed, user, "web");
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        Error = "Invalid email or password.";
        return Page();
    }

    internal string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
