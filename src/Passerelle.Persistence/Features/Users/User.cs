using Microsoft.AspNetCore.Identity;
using Passerelle.Domain.Access;
using Passerelle.Web.Features.Agencies;

namespace Passerelle.Web.Features.Users;

/// <summary>
/// A person who signs in. Identity's <see cref="IdentityUser{TKey}.ConcurrencyStamp"/> guards concurrent edits;
/// its security stamp is renewed whenever role, agency or access changes, which ends every open session.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    public User()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public required string DisplayName { get; set; }
    public Guid AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public Role Role { get; set; }

    /// <summary>"fr" or "en": the language the user chose, kept across sessions.</summary>
    public string Language { get; set; } = "fr";

    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }

    /// <summary>Set when an administrator issued a temporary password: the user must choose their own before anything else.</summary>
    public bool PasswordChangeRequired { get; set; }

    /// <summary>The last TOTP time step (30 s since the Unix epoch) accepted for this account: a code is accepted once.</summary>
    public long? LastTotpStep { get; set; }
}
