using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Demo;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Account;

public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);

/// <summary>A bearer access token. There is no refresh token: when it expires, sign in again.</summary>
public sealed record BearerToken(string TokenType, string AccessToken, long ExpiresIn);

public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", Login)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithTags("Authentication")
            .WithSummary("Exchange email, password and (when enrolled) a TOTP or recovery code for a bearer access token (no refresh token).")
            .Produces<BearerToken>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    /// <summary>Endpoints a signed-in account may call before it may use the rest of the API (sign-out, password change).</summary>
    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder account)
    {
        account.MapPost("/auth/logout", Logout)
            .WithTags("Authentication")
            .WithSummary("Revoke the caller's token, and every other session and token of the account (204).");
        account.MapPost("/account/password", ChangePassword)
            .RequireRateLimiting(RateLimits.SignIn)
            .WithTags("Authentication")
            .WithSummary("Change your own password (204). Every session and token of the account ends: sign in again.");
        return account;
    }

    private static async Task<IResult> Login(
        LoginRequest? login, HttpContext http, SignInManager<User> signIn, UserManager<User> users, SignInGuard guard, SignInThrottle throttle,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, DemoMode demo)
    {
        if (login is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Email and password are required."] });
        }

        if (throttle.TryAttempt(login.Email) is { } wait)
        {
            return new TooManyRequests(wait);
        }

        if (await guard.CandidateAsync(login.Email, login.Password, "api") is not { } user)
        {
            return Refused(SignInGuard.Refusal);
        }

        var password = await signIn.CheckPasswordSignInAsync(user, login.Password ?? "", lockoutOnFailure: false);
        if (!password.Succeeded)
        {
            await guard.RecordAsync(AuditEventType.SignInFailed, user, "api");
            return Refused(SignInGuard.Refusal);
        }

        if (user.TwoFactorEnabled)
        {
            var totp = login.TwoFactorCode?.Replace(" ", "", StringComparison.Ordinal) ?? "";
            var recovery = login.TwoFactorRecoveryCode?.Trim() ?? "";
            var verified = totp.Length > 0
                ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, totp)
                : recovery.Length > 0 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery)).Succeeded;
            if (!verified)
            {
                await users.AccessFailedAsync(user);
                await guard.RecordAsync(await users.IsLockedOutAsync(user) ? AuditEventType.SignInLockedOut : AuditEventType.SignInFailed, user, "api two-factor");
                return Refused(totp.Length == 0 && recovery.Length == 0
                    ? "This account requires a two-factor code (twoFactorCode)."
                    : "Invalid two-factor code.");
            }

            if (recovery.Length > 0 && totp.Length == 0)
            {
                await guard.RecordAsync(AuditEventType.RecoveryCodeUsed, user, "api");
            }
        }
        else if (!demo.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor authentication required",
                detail: "Enrol an authenticator app in the web application (Account › Two-factor authentication) before using the API.");
        }

        await users.ResetAccessFailedCountAsync(user);
        await guard.RecordAsync(AuditEventType.SignInSucceeded, user, "api");

        // The token is written here rather than by the bearer handler, which would add a refresh token that
        // nothing could revoke. Expired: sign in again.
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("amr", user.TwoFactorEnabled ? "mfa" : "pwd"));
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken"));
        return TypedResults.Ok(new BearerToken("Bearer", token, (long)options.BearerTokenExpiration.TotalSeconds));
    }

    private static async Task<NoContent> Logout(ClaimsPrincipal principal, UserManager<User> users, AuditTrail audit)
    {
        audit.Record(AuditEventType.SignedOut, details: "api");
        await audit.CommitAsync();
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return TypedResults.NoContent();
    }

    private static async Task<IResult> ChangePassword(
        PasswordChange? change, ClaimsPrincipal principal, UserManager<User> users, PasswordChanger changer, SignInThrottle throttle)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (throttle.TryAttempt(user.Email) is { } wait)
        {
            return new TooManyRequests(wait);
        }

        var problem = await changer.ChangeAsync(user, change?.CurrentPassword, change?.NewPassword, "api");
        return problem is null
            ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem.Value.Field] = [PasswordChanger.Describe(problem.Value.Code)] });
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: detail);

    private sealed class TooManyRequests(TimeSpan wait) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => RateLimits.WriteTooManyAsync(httpContext, wait, httpContext.RequestAborted).AsTask();
    }
}
