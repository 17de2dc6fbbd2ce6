using Microsoft.AspNetCore.Identity;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;

namespace Passerelle.Web.Features.Account;

/// <summary>
/// The first step of every sign-in (page and API): the same answer, and the same work, for an unknown account, a
/// disabled one, a locked one and a wrong password. An account that cannot sign in still costs one password hash
/// (against a decoy) and one audit entry, so neither the answer nor its timing tells whether the e-mail is known.
/// A wrong password does not lock the account (anyone could lock anyone's): attempts are rate-limited instead
/// (<see cref="Platform.Security.SignInThrottle"/>); failed second-factor codes, which need the password, still do.
/// </summary>
public sealed class SignInGuard(UserManager<User> users, IPasswordHasher<User> hasher, AuditTrail audit)
{
    public const string Refusal = "Invalid email or password.";

    private static readonly User Decoy = new() { DisplayName = "decoy", UserName = "decoy@invalid", Email = "decoy@invalid" };
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<User>().HashPassword(Decoy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18))));

    /// <summary>The account that may try its password, or null after the decoy work and an audit entry.</summary>
    public async Task<User?> CandidateAsync(string? email, string? password, string channel)
    {
        var trimmed = email?.Trim() ?? "";
        var user = trimmed.Length is > 0 and <= 256 ? await users.FindByEmailAsync(trimmed) : null;
        if (user is not null && user.IsActive && !await users.IsLockedOutAsync(user))
        {
            return user;
        }

        hasher.VerifyHashedPassword(Decoy, DecoyHash.Value, password ?? "");
        if (user is null)
        {
            // Who was aimed at is not recorded: a mistyped e-mail may be someone's password.
            audit.RecordFor(AuditEventType.SignInFailed, null, null, null, channel + " unknown account");
        }
        else
        {
            audit.RecordFor(user.IsActive ? AuditEventType.SignInLockedOut : AuditEventType.SignInFailed, user.Id, user.Email, user.AgencyId,
                channel + (user.IsActive ? "" : " disabled"));
        }

        await audit.CommitAsync();
        return null;
    }

    public async Task RecordAsync(AuditEventType type, User user, string details)
    {
        audit.RecordFor(type, user.Id, user.Email, user.AgencyId, details);
        await audit.CommitAsync();
    }
}
