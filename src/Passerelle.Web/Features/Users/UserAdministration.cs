using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Users;

public sealed record UserInput(string? Email, string? DisplayName, Guid? AgencyId, Role? Role, bool? IsActive);

public sealed record UserView(
    Guid Id, string Email, string DisplayName, Guid AgencyId, string AgencyName, Role Role, bool IsActive,
    bool TwoFactorEnabled, bool LockedOut, string Language);

/// <summary>A new user, or a reset: the temporary password is shown once and never stored in clear.</summary>
public sealed record UserCredentials(UserView User, string TemporaryPassword);

/// <summary>
/// Administrators manage accounts here (the callers enforce the role). Nobody can change their own role,
/// agency or access; every change that narrows or moves access renews the security stamp, which ends the
/// user's open sessions and tokens at once.
/// </summary>
public sealed class UserAdministration(PasserelleDbContext db, UserManager<User> users, CurrentUser current, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Every account, audited: a list of who works where is itself sensitive.</summary>
    public async Task<PagedList<UserView>> ListAsync(Paging paging, CancellationToken ct)
    {
        var list = await Views(db.Users.AsNoTracking().OrderBy(u => u.Email).ThenBy(u => u.Id)).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.UsersListed, details: $"shown={list.Items.Count}");
        await audit.CommitAsync(cancellationToken: ct);
        return list;
    }

    public async Task<UserView?> FindAsync(Guid id, CancellationToken ct) =>
        await Views(db.Users.AsNoTracking().Where(u => u.Id == id)).FirstOrDefaultAsync(ct);

    private IQueryable<UserView> Views(IQueryable<User> accounts)
    {
        var now = clock.GetUtcNow();
        return accounts.Select(u => new UserView(u.Id, u.Email!, u.DisplayName, u.AgencyId, u.Agency!.Name, u.Role, u.IsActive,
            u.TwoFactorEnabled, u.LockoutEnd != null && u.LockoutEnd > now, u.Language));
    }

    public async Task<Dictionary<string, string[]>> ValidateAsync(UserInput input, Guid? id, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var email = input.Email?.Trim() ?? "";
        var allowed = users.Options.User.AllowedUserNameCharacters;
        if (email.Length is 0 or > 256 || !email.Contains('@', StringComparison.Ordinal)
            || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email)
            || (!string.IsNullOrEmpty(allowed) && email.Any(c => !allowed.Contains(c, StringComparison.Ordinal))))
        {
            errors["email"] = ["A valid email address is required."];
        }
        else
        {
            var normalized = users.NormalizeEmail(email);
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != id, ct))
            {
                errors["email"] = ["Another account already uses this email."];
            }
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 200)
        {
            errors["displayName"] = ["A display name of 1 to 200 characters is required."];
        }

        if (input.AgencyId is not { } agencyId || !await db.Agencies.AnyAsync(a => a.Id == agencyId, ct))
        {
            errors["agencyId"] = ["Choose an existing agency."];
        }

        if (input.Role is null)
        {
            errors["role"] = ["The role is required."];
        }

        return errors;
    }

    /// <summary>Creates the account with a temporary password (returned once): 400 naming every bad field.</summary>
    public async Task<WriteResult<UserCredentials>> CreateAsync(UserInput input, CancellationToken ct)
    {
        var errors = await ValidateAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "user.invalid");
        }

        var password = Passwords.Generate();
        var user = new User
        {
            UserName = input.Email!.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            AgencyId = input.AgencyId!.Value,
            Role = input.Role!.Value,
            IsActive = input.IsActive ?? true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            PasswordChangeRequired = true,
        };
        if (!(await users.CreateAsync(user, password)).Succeeded)
        {
            return NotSaved;
        }

        audit.Record(AuditEventType.UserCreated, details: $"user={user.Id} role={user.Role} agency={user.AgencyId}");
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created(new UserCredentials((await FindAsync(user.Id, ct))!, password));
    }

    /// <summary>Changes the account: 400 naming every bad field, 403 for one's own role, agency or access, 404 for no such account.</summary>
    public async Task<WriteResult<UserView>> UpdateAsync(Guid id, UserInput input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return WriteError.NotFound();
        }

        var errors = await ValidateAsync(input, id, ct);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "user.invalid");
        }

        var accessChanged = user.Role != input.Role || user.AgencyId != input.AgencyId || user.IsActive != (input.IsActive ?? user.IsActive);
        if (accessChanged && id == current.Id)
        {
            return WriteError.Forbidden("user.own-access", ProblemTexts.NotAllowedToYou, ProblemTexts.OwnAccess);
        }

        user.DisplayName = input.DisplayName!.Trim();
        user.Email = input.Email!.Trim();
        user.UserName = user.Email;
        user.Role = input.Role!.Value;
        user.AgencyId = input.AgencyId!.Value;
        user.IsActive = input.IsActive ?? user.IsActive;
        if (!(await users.UpdateAsync(user)).Succeeded)
        {
            return NotSaved;
        }

        if (accessChanged)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        audit.Record(accessChanged && !user.IsActive ? AuditEventType.UserDisabled : AuditEventType.UserUpdated,
            details: $"user={user.Id} role={user.Role} agency={user.AgencyId} active={user.IsActive}");
        await audit.CommitAsync(cancellationToken: ct);
        return (await FindAsync(id, ct))!;
    }

    /// <summary>A new temporary password, shown once; the user's sessions end.</summary>
    public async Task<WriteResult<UserCredentials>> ResetPasswordAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return WriteError.NotFound();
        }

        var password = Passwords.Generate();
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, password);
        user.PasswordChangeRequired = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        audit.Record(AuditEventType.UserPasswordReset, details: $"user={user.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        return new UserCredentials((await FindAsync(id, ct))!, password);
    }

    public async Task<WriteResult<UserView>> UnlockAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return WriteError.NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(AuditEventType.UserUnlocked, details: $"user={user.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        return (await FindAsync(id, ct))!;
    }

    /// <summary>Identity refused a change the validation accepted (a race on the same e-mail address).</summary>
    private static WriteError NotSaved => WriteError.Invalid("email", ProblemTexts.AccountNotSaved, "user.not-saved");
}
