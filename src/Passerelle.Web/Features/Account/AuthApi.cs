using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Demo;

namespace Passerelle.Web.Features.Account;

public sealed record LoginRequest(string Email, string Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", Login)
            .AllowAnonymous()
            .WithTags("Authentication")
            .WithSummary("Exchange email, password and (when enrolled) a TOTP or recovery code for a bearer access token.")
            .Produces<AccessTokenResponse>();
        return api;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(
        LoginRequest login, SignInManager<User> signIn, UserManager<User> users, AuditTrail audit, DemoMode demo)
    {
        var user = await users.FindByEmailAsync(login.Email ?? "");
        if (user is null || !user.IsActive)
        {
            return Refused("Invalid email or password.");
        }

        var password = await signIn.CheckPasswordSignInAsync(user, login.Password ?? "", lockoutOnFailure: true);
        if (password.IsLockedOut)
        {
            await RecordAsync(audit, AuditEventType.SignInLockedOut, user);
            return TypedResults.Problem(statusCode: 423, title: "Account locked",
                detail: "Too many failed attempts. Try again later or ask an administrator to unlock the account.");
        }

        if (!password.Succeeded)
        {
            await RecordAsync(audit, AuditEventType.SignInFailed, user);
            return Refused("Invalid email or password.");
        }

        if (user.TwoFactorEnabled)
        {
            var verified = !string.IsNullOrWhiteSpace(login.TwoFactorCode)
                ? await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, login.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal))
                : !string.IsNullOrWhiteSpace(login.TwoFactorRecoveryCode)
                  && (await users.RedeemTwoFactorRecoveryCodeAsync(user, login.TwoFactorRecoveryCode.Trim())).Succeeded;
            if (!verified)
            {
                await users.AccessFailedAsync(user);
                await RecordAsync(audit, AuditEventType.SignInFailed, user, "two-factor");
                return Refused(string.IsNullOrWhiteSpace(login.TwoFactorCode) && string.IsNullOrWhiteSpace(login.TwoFactorRecoveryCode)
                    ? "This account requires a two-factor code (twoFactorCode)."
                    : "Invalid two-factor code.");
            }
        }
        else if (!demo.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor authentication required",
                detail: "Enrol an authenticator app in the web application (Account › Two-factor authentication) before using the API.");
        }

        await users.ResetAccessFailedCountAsync(user);
        await RecordAsync(audit, AuditEventType.SignInSucceeded, user, "api");
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.Empty;
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: detail);

    private static Task RecordAsync(AuditTrail audit, AuditEventType type, User user, string? details = null)
    {
        audit.RecordFor(type, user.Id, user.Email, user.AgencyId, details);
        return audit.CommitAsync();
    }
}
