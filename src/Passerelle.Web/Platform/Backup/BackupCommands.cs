using System.CommandLine;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform.Backup;

/// <summary><c>backup --out &lt;dir&gt; [--keys-out &lt;dir&gt;]</c> and <c>restore --from &lt;dir&gt; [--keys-from &lt;dir&gt;] [--replace-keys]</c>.</summary>
public static class BackupCommands
{
    public static IEnumerable<Command> Create(Func<Func<IServiceProvider, Task<int>>, Task<int>> withServices)
    {
        var outDirectory = new Option<string>("--out") { Required = true, Description = "A new, empty folder for the database dump and its manifest." };
        var keysOut = new Option<string?>("--keys-out") { Description = "Also copy the key folder here (not inside --out: store the keys apart)." };
        var backup = new Command("backup", "Back up the configured database (PostgreSQL custom-format dump, or SQLite online backup).") { outDirectory, keysOut };
        backup.SetAction((parse, ct) => withServices(async services =>
        {
            try
            {
                var manifest = await services.GetRequiredService<BackupService>().BackupAsync(parse.GetValue(outDirectory)!, parse.GetValue(keysOut), ct);
                Console.WriteLine($"Backup written: {manifest.Provider}, {manifest.File} (SHA-256 {manifest.Sha256[..16]}…), audit head {manifest.AuditHeadSequence}.");
                Console.WriteLine(parse.GetValue(keysOut) is { } keys
                    ? $"Keys copied to {keys}: store them apart from the backup."
                    : "Keys not copied: back up the key folder (Security:KeysPath) separately; the backup cannot be read without it.");
                return 0;
            }
            catch (BackupException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        }));

        var from = new Option<string>("--from") { Required = true, Description = "A folder written by backup." };
        var keysFrom = new Option<string?>("--keys-from") { Description = "Copy these keys into the key folder first (the ones written by backup --keys-out)." };
        var replaceKeys = new Option<bool>("--replace-keys") { Description = "Let --keys-from replace key files that differ (data encrypted under the replaced keys becomes unreadable)." };
        var restore = new Command("restore", "Replace the configured database with a backup. Stop every server first.") { from, keysFrom, replaceKeys };
        restore.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(keysFrom) is { } keys)
            {
                // Before the host starts: it would create new keys in an empty key folder.
                var configuration = WebApplication.CreateBuilder();
                var keysPath = KeyRing.Resolve(configuration.Configuration, configuration.Environment.ContentRootPath);
                if (!Directory.Exists(keys))
                {
                    Console.Error.WriteLine($"{keys} does not exist.");
                    return 2;
                }

                var conflicts = Directory.Exists(keysPath) ? KeyFolder.Conflicts(keys, keysPath) : [];
                if (conflicts.Count > 0 && !parse.GetValue(replaceKeys))
                {
                    Console.Error.WriteLine($"The key folder {keysPath} already holds other keys ({string.Join(", ", conflicts)}): add --replace-keys to replace them.");
                    return 2;
                }

                KeyFolder.Copy(keys, keysPath, overwrite: true);
                Console.WriteLine($"Keys restored into {keysPath}.");
            }

            return await withServices(async services =>
            {
                try
                {
                    var result = await services.GetRequiredService<BackupService>().RestoreAsync(parse.GetValue(from)!, ct);
                    Console.WriteLine($"Restored the backup of {result.Manifest.TakenAt:u}: audit head {result.RestoredHead}.");
                    if (result.LostCheckpointedEntries > 0)
                    {
                        Console.WriteLine($"{result.LostCheckpointedEntries} audit entries checkpointed after the backup are gone; recorded in the audit log (1303).");
                    }

                    if (result.ArchivedCheckpoints is { } archived)
                    {
                        Console.WriteLine($"Previous checkpoints archived in {archived}; give it to the auditors.");
                    }

                    return 0;
                }
                catch (BackupException e)
                {
                    Console.Error.WriteLine(e.Message);
                    return 2;
                }
            });
        });

        return [backup, restore];
    }
}
