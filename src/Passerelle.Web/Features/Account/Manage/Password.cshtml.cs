using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Account.Manage;

/// <summary>Change your own password; the page every page sends to while the account still has a temporary password.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class PasswordModel(UserManager<User> users, SignInManager<User> signIn, PasswordChanger changer, SignInThrottle throttle, IClaimsTransformation claims)
    : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool Required { get; private set; }
    public bool Changed { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Required = User.HasClaim(c => c.Type == PasserelleClaims.PasswordChangeRequired);

    public async Task<IActionResult> OnPostAsync()
    {
        Required = User.HasClaim(c => c.Type == PasserelleClaims.PasswordChangeRequired);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (throttle.TryAttempt(user.Email) is not null)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = "Too many attempts for this account: wait a few minutes before trying again.";
            return Page();
        }

        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            Error = "The two new passwords differ.";
            return Page();
        }

        var problem = await changer.ChangeAsync(user, CurrentPassword, NewPassword, "web");
        if (problem is { } refused)
        {
            Error = refused.Code switch
            {
                PasswordChanger.WrongCurrent => "The current password is not correct.",
                PasswordPolicy.TooShort => "The new password must have at least 12 characters.",
                PasswordPolicy.TooLong => "The new password must have at most 128 characters.",
                PasswordPolicy.TooFewCharacters => "The new password must use at least 4 different characters.",
                PasswordPolicy.Common => "This password is among the most common ones: choose another.",
                PasswordChanger.Unchanged => "The new password must differ from the current one.",
                _ => "The new password was refused.",
            };
            return Page();
        }

        // The change renewed the security stamp (other sessions end): keep this one.
        await signIn.RefreshSignInAsync(user);
        HttpContext.User = await claims.TransformAsync(HttpContext.User);
        Required = false;
        Changed = true;
        return Page();
    }
}
