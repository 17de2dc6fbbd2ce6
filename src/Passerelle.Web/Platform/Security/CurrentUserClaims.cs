using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform.Demo;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Loads the signed-in user's current role, agency and language from the database on every request, so that a
/// change made by an administrator (or a disabled account, or a renewed security stamp) takes effect at once,
/// for cookies and bearer tokens alike. A principal whose stamp no longer matches is treated as anonymous.
/// </summary>
public sealed class CurrentUserClaims(PasserelleDbContext db, DemoMode demo) : IClaimsTransformation
{
    private const string SecurityStampClaim = "AspNet.Identity.SecurityStamp";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // Only full sign-ins: the intermediate two-factor cookie must pass through untouched.
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || identity.AuthenticationType != IdentityConstants.ApplicationScheme
            || principal.HasClaim(c => c.Type == PasserelleClaims.Role))
        {
            return principal;
        }

        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return Revoked();
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Role,
                u.AgencyId,
                AgencyType = u.Agency!.Type,
                AgencyActive = u.Agency.IsActive,
                u.Language,
                u.IsActive,
                u.SecurityStamp,
                u.TwoFactorEnabled,
                u.PasswordChangeRequired,
            })
            .FirstOrDefaultAsync();

        if (user is null || !user.IsActive || !user.AgencyActive
            || principal.FindFirstValue(SecurityStampClaim) != user.SecurityStamp)
        {
            return Revoked();
        }

        var transformed = principal.Clone();
        var claims = (ClaimsIdentity)transformed.Identity!;
        claims.AddClaim(new Claim(PasserelleClaims.Role, user.Role.ToString()));
        claims.AddClaim(new Claim(PasserelleClaims.AgencyId, user.AgencyId.ToString()));
        claims.AddClaim(new Claim(PasserelleClaims.AgencyType, user.AgencyType.ToString()));
        claims.AddClaim(new Claim(PasserelleClaims.Language, user.Language));
        if (user.TwoFactorEnabled || demo.Enabled || principal.HasClaim(c => c.Type == PasserelleClaims.SessionMfa))
        {
            claims.AddClaim(new Claim(PasserelleClaims.MfaSatisfied, "true"));
        }

        if (user.PasswordChangeRequired)
        {
            claims.AddClaim(new Claim(PasserelleClaims.PasswordChangeRequired, "true"));
        }

        return transformed;
    }

    /// <summary>Anonymous, but marked so that <see cref="RevokedSessionHandler"/> answers "sign in again", not "forbidden".</summary>
    private static ClaimsPrincipal Revoked() =>
        new(new ClaimsIdentity([new Claim(PasserelleClaims.Revoked, "true")]));
}
