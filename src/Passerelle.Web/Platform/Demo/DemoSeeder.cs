using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelle.DemoData;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform.Demo;

/// <summary>
/// Applies migrations, and in demo mode makes sure the fictional agencies, accounts and ~500 cases exist.
/// The demo password comes from <c>PASSERELLE_DEMO_PASSWORD</c>, else a fresh random one at every start, so
/// that the password printed on the console is always the one that works.
/// </summary>
public sealed class DemoSeeder(
    PasserelleDbContext db, UserManager<User> users, DemoMode demo, TimeProvider clock,
    CaseIdentityProtector protector, AuditTrail audit, IConfiguration configuration, Features.Children.ChildrenDemoSeeder children,
    IServiceProvider services)
{
    public const string PasswordVariable = "PASSERELLE_DEMO_PASSWORD";

    /// <summary>The demo password in force, once seeded; null outside demo mode.</summary>
    public string? Password { get; private set; }

    public bool PasswordGenerated { get; private set; }

    public async Task MigrateAndSeedAsync(CancellationToken ct)
    {
        await RecreateDemoDatabaseFromAnotherHistoryAsync(ct);
        await db.Database.MigrateAsync(ct);
        // Before anything is encrypted: the keys of an installation that kept them in its folder (FolderKeyImport).
        await FolderKeyImport.ImportAsync(services, ct);
        if (!demo.Enabled)
        {
            return;
        }

        var configured = Environment.GetEnvironmentVariable(PasswordVariable) ?? configuration["Demo:Password"];
        PasswordGenerated = string.IsNullOrEmpty(configured);
        Password = PasswordGenerated ? Passwords.Generate() : configured!;

        var agencies = await EnsureAgenciesAsync(ct);
        await EnsureUsersAsync(agencies, Password);
        await EnsureCasesAsync(agencies, ct);
        await new Features.Referrals.ReferralDemoSeeder(db, audit, clock).EnsureAsync(agencies[DemoAccounts.ShelterKey].Id, agencies[DemoAgencies.Ngo].Id, ct);
        await Features.Rights.DemoRights.SeedAsync(db, audit, clock, ct);
        await children.SeedAsync(ct);
    }

    /// <summary>
    /// The migration history was squashed before any deployment: a database whose applied migrations this build does
    /// not know cannot be upgraded. In demo mode (fictional data only) it is recreated; otherwise start-up stops with
    /// the reason rather than half-applying a schema.
    /// </summary>
    private async Task RecreateDemoDatabaseFromAnotherHistoryAsync(CancellationToken ct)
    {
        if (!await db.Database.CanConnectAsync(ct))
        {
            return;
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        if (!demo.Enabled)
        {
            throw new InvalidOperationException(
                $"The database holds migrations this version does not know ({string.Join(", ", unknown)}): it was made by an earlier development build and cannot be upgraded. Restore a backup made by this version or start from an empty database.");
        }

        await db.Database.EnsureDeletedAsync(ct);
    }

    private async Task<Dictionary<string, Agency>> EnsureAgenciesAsync(CancellationToken ct)
    {
        var byKey = new Dictionary<string, Agency>();
        foreach (var demoAgency in DemoAccounts.Agencies)
        {
            var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Name == demoAgency.Name, ct);
            if (agency is null)
            {
                agency = new Agency { Name = demoAgency.Name, Type = demoAgency.Type, Departement = demoAgency.Departement, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Agencies.Add(agency);
            }

            byKey[demoAgency.Key] = agency;
        }

        await db.SaveChangesAsync(ct);
        return byKey;
    }

    private async Task EnsureUsersAsync(Dictionary<string, Agency> agencies, string password)
    {
        foreach (var demoUser in DemoAccounts.Users)
        {
            var user = await users.FindByEmailAsync(demoUser.Email);
            if (user is null)
            {
                user = new User
                {
                    UserName = demoUser.Email,
                    Email = demoUser.Email,
                    EmailConfirmed = true,
                    DisplayName = demoUser.DisplayName,
                    AgencyId = agencies[demoUser.AgencyKey].Id,
                    Role = demoUser.Role,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                Check(await users.CreateAsync(user, password));
            }
            else
            {
                Check(await users.RemovePasswordAsync(user));
                Check(await users.AddPasswordAsync(user, password));
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }
        }
    }

    private async Task EnsureCasesAsync(Dictionary<string, Agency> agencies, CancellationToken ct)
    {
        if (await db.Cases.AnyAsync(ct))
        {
            return;
        }

        var authors = (await db.Users.AsNoTracking().Select(u => new { u.AgencyId, u.Id, u.Email }).ToListAsync(ct))
            .GroupBy(u => u.AgencyId)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Email, StringComparer.Ordinal).First().Id);
        var today = clock.Today();
        var numbers = new Dictionary<int, int>();
        var count = configuration.GetValue("Demo:Cases", 500);
        foreach (var demoCase in DemoPopulation.Generate(today, count).OrderBy(c => c.RegisteredOn))
        {
            var agency = agencies[demoCase.AgencyKey];
            var author = authors[agency.Id];
            var year = demoCase.RegisteredOn.Year;
            numbers[year] = numbers.GetValueOrDefault(year) + 1;
            var registeredAt = demoCase.RegisteredOn.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
            var created = Case.Register(new CaseReference(year, numbers[year]), agency.Id, author, registeredAt);
            created.Record(demoCase.Facts, protector.Protect(demoCase.Facts.Identity), protector.BlindIndex(demoCase.Facts.Identity.LegalName), author, registeredAt);
            db.Cases.Add(created);
            audit.Record(AuditEventType.CaseCreated, created.Id, $"{created.Reference} demo-seed");
        }

        await audit.CommitAsync(cancellationToken: ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo accounts could not be set up: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
