using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
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
/// Sign-in through an OpenID Connect provider: <c>?provider=</c> sends the browser to the provider (authorization
/// code with PKCE); the provider's answer comes back on <c>/signin-oidc-{name}</c>, then here (<c>handler=Callback</c>),
/// where the e-mail the provider proved is mapped to an existing, active local account. Nobody is created here.
/// </summary>
[AllowAnonymous]
public sealed class ExternalLoginModel(
    SignInManager<User> signIn, UserManager<User> users, OpenIdConnectProviders providers, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public string? ProviderName { get; private set; }

    /// <summary>Where the browser goes next (the page continues there by itself).</summary>
    public string? ContinueUrl { get; private set; }

    /// <summary>
    /// Starts the sign-in at the provider. A link, not a form: the login page's CSP allows forms to post to this
    /// site only, and starting a sign-in changes nothing here.
    /// </summary>
    public IActionResult OnGet(string? provider)
    {
        var configured = providers.Find(provider);
        if (configured is null)
        {
            return NotFound();
        }

        var callback = Url.Page("ExternalLogin", "Callback", new { ReturnUrl = SafeReturnUrl })!;
        var properties = signIn.ConfigureExternalAuthenticationProperties(configured.Scheme, callback);
        properties.Items["passerelle:provider"] = configured.Name;
        return Challenge(properties, configured.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var provider = providers.Find(external.Properties?.Items.TryGetValue("passerelle:provider", out var name) == true ? name : null);
        if (!external.Succeeded || external.Principal is null || provider is null)
        {
            Error = "The sign-in with your identity provider did not complete. Please try again.";
            return Page();
        }

        ProviderName = provider.DisplayName;
        var principal = external.Principal;
        var email = principal.FindFirstValue(provider.EmailClaim)?.Trim();
        var details = "oidc " + provider.Name;
        if (string.IsNullOrEmpty(email) || principal.FindFirstValue("email_verified") == "false")
        {
            audit.RecordFor(AuditEventType.SignInFailed, null, null, null, details + ": no verified e-mail");
            await audit.CommitAsync();
            Error = "Your identity provider did not give a verified e-mail address, so no Passerelle account can be matched.";
            return Page();
        }

        var mfaProved = principal.HasClaim(OpenIdConnectProviders.MfaProvedClaim, "true");
        if (provider.RequireMfa && !mfaProved)
        {
            audit.RecordFor(AuditEventType.SignInFailed, null, email, null, details + ": multi-factor authentication not proved");
            await audit.CommitAsync();
            Error = "Passerelle requires multi-factor authentication at your identity provider. Sign in there with a second factor, then try again.";
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null || !user.IsActive)
        {
            audit.RecordFor(AuditEventType.SignInFailed, user?.Id, email, user?.AgencyId, details + (user is null ? ": no account" : ": account disabled"));
            await audit.CommitAsync();
            Error = "No active Passerelle account has this e-mail address. An administrator of Passerelle must create your account (and give it a role) first.";
            return Page();
        }

        if (await users.IsLockedOutAsync(user))
        {
            audit.RecordFor(AuditEventType.SignInLockedOut, user.Id, user.Email, user.AgencyId, details);
            await audit.CommitAsync();
            Error = "Too many failed attempts: this account is locked for a while. An administrator can unlock it.";
            return Page();
        }

        if (mfaProved)
        {
            // The provider's second factor stands for Passerelle's: no local code asked.
            await signIn.SignInWithClaimsAsync(user, isPersistent: false,
                [new Claim(PasserelleClaims.SessionMfa, details), new Claim(ClaimTypes.AuthenticationMethod, details)]);
        }
        else if (await users.GetTwoFactorEnabledAsync(user))
        {
            // One factor at the provider: Passerelle's own code is still asked, as after a password.
            var pending = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            pending.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
            pending.AddClaim(new Claim(ClaimTypes.AuthenticationMethod, details));
            await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            ContinueUrl = Url.Page("LoginWith2fa", new { ReturnUrl = SafeReturnUrl });
            return Page();
        }
        else
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(ClaimTypes.AuthenticationMethod, details)]);
        }

        audit.RecordFor(AuditEventType.SignInSucceeded, user.Id, user.Email, user.AgencyId, details);
        await audit.CommitAsync();

        // Rendered, not redirected: the session cookie is SameSite=Strict, and a browser does not send it on the
        // rest of a redirect chain that started at the provider's site. The next request starts from this page.
        ContinueUrl = SafeReturnUrl;
        return Page();
    }

    /// <summary>The provider refused or the answer could not be checked (see <c>OnRemoteFailure</c>).</summary>
    public async Task<IActionResult> OnGetFailedAsync(string? provider)
    {
        var configured = providers.Find(provider);
        ProviderName = configured?.DisplayName;
        audit.RecordFor(AuditEventType.SignInFailed, null, null, null, "oidc " + (configured?.Name ?? "unknown") + ": refused or invalid answer");
        await audit.CommitAsync();
        Error = "The sign-in with your identity provider did not complete. Please try again.";
        return Page();
    }

    internal string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
