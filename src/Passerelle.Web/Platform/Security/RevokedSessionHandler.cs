using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// A session or token whose user was disabled, moved or whose security stamp changed is treated as signed out:
/// the page cookie is removed and the answer is a challenge (sign-in page, or 401 for the API), never a 403
/// that would leave the stale session in place.
/// </summary>
public sealed class RevokedSessionHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.HasClaim(c => c.Type == PasserelleClaims.Revoked))
        {
            if (!policy.AuthenticationSchemes.Contains(IdentityConstants.BearerScheme))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            await standard.HandleAsync(next, context, policy, PolicyAuthorizationResult.Challenge());
            return;
        }

        await standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
