using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Agencies;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Cli;

/// <summary>
/// Operator commands, run with the same configuration as the server:
/// <c>dotnet run --project src/Passerelle.Web -- audit verify</c>, <c>… migrate</c>,
/// <c>… admin create-agency</c>, <c>… admin create-user</c>, <c>… backup --out</c>, <c>… restore --from</c>.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["audit", "admin", "migrate", "deadlines", "digest", "statistics", "backup", "restore"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Passerelle operator commands.");

        var migrate = new Command("migrate", "Apply the database migrations.");
        migrate.SetAction((_, ct) => WithServicesAsync(async services =>
        {
            await services.GetRequiredService<PasserelleDbContext>().Database.MigrateAsync(ct);
            Console.WriteLine("Migrations applied.");
            return 0;
        }));
        root.Subcommands.Add(migrate);

        var audit = new Command("audit", "Audit log commands.");
        var verify = new Command("verify", "Recompute the audit chain (HMAC) and compare it with the signed checkpoints; exit code 0 when intact, 1 when not.");
        verify.SetAction((_, ct) => WithServicesAsync(async services =>
        {
            var verdict = await services.GetRequiredService<AuditLog>().VerifyAsync(ct);
            Console.WriteLine(verdict.Intact
                ? $"Audit chain intact: {verdict.EntriesVerified} entries verified, {verdict.CheckpointsVerified} checkpoints matched."
                : $"Audit chain BROKEN at entry {verdict.BrokenAtSequence} ({verdict.EntriesVerified} entries verified before it).");
            if (verdict.Problem is not null)
            {
                Console.WriteLine(verdict.Problem);
            }
            return verdict.Intact ? 0 : 1;
        }));
        audit.Subcommands.Add(verify);
        root.Subcommands.Add(audit);

        root.Subcommands.Add(AdminCommands());
        foreach (var command in Backup.BackupCommands.Create(WithServicesAsync))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in Features.Deadlines.DeadlineCommands.Create(WithServicesAsync))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(Features.Statistics.StatisticsMaintenance.Command(WithServicesAsync));
        root.Subcommands.Add(Features.Retention.RetentionServices.Command(WithServicesAsync));
        return await root.Parse(args).InvokeAsync();
    }

    private static Command AdminCommands()
    {
        var admin = new Command("admin", "Bootstrap agencies and accounts (for the first administrator of a deployment).");

        var name = new Option<string>("--name") { Required = true, Description = "The agency's name." };
        var type = new Option<string>("--type") { Required = true, Description = "Agency type: " + string.Join(", ", ApiEnum.Names<AgencyType>()) };
        var createAgency = new Command("create-agency", "Create an agency.") { name, type };
        createAgency.SetAction((parse, ct) => WithServicesAsync(async services =>
        {
            if (!ApiEnum.TryParse<AgencyType>(parse.GetValue(type), out var agencyType))
            {
                Console.Error.WriteLine($"Unknown agency type. Accepted: {string.Join(", ", ApiEnum.Names<AgencyType>())}.");
                return 2;
            }

            var directory = services.GetRequiredService<AgencyDirectory>();
            var input = new AgencyInput(parse.GetValue(name), agencyType, null, true);
            var result = await directory.CreateAsync(input, ct);
            if (!result.Succeeded)
            {
                PrintErrors(result.Error.Messages());
                return 2;
            }

            Console.WriteLine($"Agency created: {result.Value.Id}");
            return 0;
        }));

        var email = new Option<string>("--email") { Required = true };
        var displayName = new Option<string>("--display-name") { Required = true };
        var agencyName = new Option<string>("--agency") { Required = true, Description = "The agency's exact name." };
        var role = new Option<string>("--role") { Required = true, Description = "Role: " + string.Join(", ", ApiEnum.Names<Role>()) };
        var createUser = new Command("create-user", "Create an account and print its temporary password once.") { email, displayName, agencyName, role };
        createUser.SetAction((parse, ct) => WithServicesAsync(async services =>
        {
            if (!ApiEnum.TryParse<Role>(parse.GetValue(role), out var parsedRole))
            {
                Console.Error.WriteLine($"Unknown role. Accepted: {string.Join(", ", ApiEnum.Names<Role>())}.");
                return 2;
            }

            var db = services.GetRequiredService<PasserelleDbContext>();
            var agencyId = await db.Agencies.Where(a => a.Name == parse.GetValue(agencyName)).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            var administration = services.GetRequiredService<UserAdministration>();
            var input = new UserInput(parse.GetValue(email), parse.GetValue(displayName), agencyId, parsedRole, true);
            var result = await administration.CreateAsync(input, ct);
            if (!result.Succeeded)
            {
                PrintErrors(result.Error.Messages());
                return 2;
            }

            Console.WriteLine($"Account created: {result.Value.User.Email}");
            Console.WriteLine($"Temporary password (shown once): {result.Value.TemporaryPassword}");
            Console.WriteLine("At first sign-in the user must enrol an authenticator app (MFA).");
            return 0;
        }));

        admin.Subcommands.Add(createAgency);
        admin.Subcommands.Add(createUser);
        return admin;
    }

    private static async Task<int> WithServicesAsync(Func<IServiceProvider, Task<int>> action)
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddPasserelle();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Database.MigrateAsync();
        return await action(scope.ServiceProvider);
    }

    private static void PrintErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            Console.Error.WriteLine($"{field}: {string.Join(" ", messages)}");
        }
    }
}
