using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Identity's store, with the authenticator keys, the pending (not yet confirmed) keys and the recovery codes
/// encrypted at rest in <c>AspNetUserTokens</c> with Data Protection (keys in <c>Security:KeysPath</c>, outside
/// the database): a copy of the database alone does not let anyone compute a code or use a recovery code.
/// A value written before encryption was introduced (no prefix) is still read, and encrypted at its next write.
/// </summary>
public sealed class ProtectedUserStore(PasserelleDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<User, PasserelleDbContext, Guid>(context, describer)
{
    public const string PasserelleProvider = "[Passerelle]";
    public const string PendingAuthenticatorKey = "PendingAuthenticatorKey";
    private const string IdentityProvider = "[AspNetUserStore]";
    private const string Prefix = "dp1:";

    private readonly IDataProtector protector = protection.CreateProtector("Passerelle.Identity.UserTokens.v1");

    private static bool Sensitive(string loginProvider) => loginProvider is IdentityProvider or PasserelleProvider;

    public override Task SetTokenAsync(User user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name,
            value is not null && Sensitive(loginProvider) ? Prefix + protector.Protect(value) : value, cancellationToken);

    public override async Task<string?> GetTokenAsync(User user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var value = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return value is not null && Sensitive(loginProvider) && value.StartsWith(Prefix, StringComparison.Ordinal)
            ? protector.Unprotect(value[Prefix.Length..])
            : value;
    }
}
