using Microsoft.AspNetCore.Identity;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Account;

/// <summary>
/// A user changes their own password (page or API): the current one is required, the new one must meet
/// <see cref="PasswordPolicy"/> and differ from it. Success clears "must change the temporary password", renews
/// the security stamp (every other session and token ends) and is audited.
/// </summary>
public sealed class PasswordChanger(UserManager<User> users, AuditTrail audit)
{
    public const string WrongCurrent = "PasswordWrongCurrent";
    public const string Unchanged = "PasswordUnchanged";
    public const string Refused = "PasswordRefused";

    /// <summary>Null when changed, otherwise the field at fault and a code (see <see cref="Describe"/>).</summary>
    public async Task<(string Field, string Code)?> ChangeAsync(User user, string? current, string? next, string channel)
    {
        if (string.IsNullOrEmpty(current) || current.Length > 1024 || !await users.CheckPasswordAsync(user, current))
        {
            audit.RecordFor(AuditEventType.SignInFailed, user.Id, user.Email, user.AgencyId, channel + " password change: wrong current password");
            await audit.CommitAsync();
            return ("currentPassword", WrongCurrent);
        }

        if (PasswordPolicy.Problem(next) is { } problem)
        {
            return ("newPassword", problem);
        }

        if (string.Equals(current, next, StringComparison.Ordinal))
        {
            return ("newPassword", Unchanged);
        }

        var result = await users.ChangePasswordAsync(user, current, next!);
        if (!result.Succeeded)
        {
            return ("newPassword", Refused);
        }

        user.PasswordChangeRequired = false;
        await users.UpdateAsync(user);
        audit.RecordFor(AuditEventType.PasswordChanged, user.Id, user.Email, user.AgencyId, channel);
        await audit.CommitAsync();
        return null;
    }

    /// <summary>English messages of the API (the page has its own, translated).</summary>
    public static string Describe(string code) => code switch
    {
        WrongCurrent => "The current password is not correct.",
        PasswordPolicy.TooShort => $"The new password must have at least {PasswordPolicy.MinLength} characters.",
        PasswordPolicy.TooLong => $"The new password must have at most {PasswordPolicy.MaxLength} characters.",
        PasswordPolicy.TooFewCharacters => "The new password must use at least 4 different characters.",
        PasswordPolicy.Common => "This password is among the most common ones: choose another.",
        Unchanged => "The new password must differ from the current one.",
        _ => "The new password was refused.",
    };
}
