using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform.Backup;

/// <summary>
/// Backup and restore of the configured database (<c>backup --out</c>, <c>restore --from</c>). The database and the
/// key folder go together — identifying fields cannot be read without the Data Protection keys that encrypted them —
/// but are stored apart: the keys are copied only where the operator says (<c>--keys-out</c>), never into the
/// backup folder, and a restore refuses a key folder that cannot read the backup.
/// </summary>
public sealed class BackupService(PasserelleDbContext db, KeyRing keys, AuditTrail audit, AuditCheckpoints checkpoints, TimeProvider clock)
{
    public sealed record RestoreResult(BackupManifest Manifest, long RestoredHead, long LostCheckpointedEntries, string? ArchivedCheckpoints);

    private IDatabaseDump Dump => db.IsPostgres ? new PostgresDump() : new SqliteDump();

    private string Provider => db.IsPostgres ? DatabaseSetup.PostgresProvider : DatabaseSetup.SqliteProvider;

    public async Task<BackupManifest> BackupAsync(string outDirectory, string? keysOut, CancellationToken ct)
    {
        if (Directory.Exists(outDirectory) && Directory.EnumerateFileSystemEntries(outDirectory).Any())
        {
            throw new BackupException($"{outDirectory} is not empty: give a new folder for each backup.");
        }

        if (keysOut is not null && KeyFolder.IsWithin(keysOut, outDirectory))
        {
            throw new BackupException("--keys-out must not be inside --out: whoever holds both can read every identifying field. Store the keys apart.");
        }

        Directory.CreateDirectory(outDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(outDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        audit.RecordFor(AuditEventType.BackupTaken, null, null, null, "backup " + Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDirectory))));
        await audit.CommitAsync(cancellationToken: ct);
        await checkpoints.WriteAsync(db, ct);
        var head = await AuditHead.ReadAsync(db.AuditEntries, ct);

        var dump = Dump;
        var file = Path.Combine(outDirectory, dump.FileName);
        await dump.DumpAsync(ConnectionString, file, ct);
        if (keysOut is not null)
        {
            KeyFolder.Copy(keys.KeysPath, keysOut, overwrite: false);
        }

        var manifest = new BackupManifest(
            BackupManifest.CurrentFormat, clock.GetUtcNow(), Provider,
            (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault(),
            head?.Sequence ?? 0, head?.Hash, KeyFolder.Fingerprint(keys), KeyFolder.DataProtectionKeys(keys.KeysPath),
            dump.FileName, await Sha256Async(file, ct));
        await manifest.WriteAsync(outDirectory, ct);
        return manifest;
    }

    /// <summary>
    /// Replaces the configured database with the backup's. The checkpoints written after the backup would make the
    /// audit verification fail for good (that is how a restore by someone else shows), so a restore by the operator
    /// archives the checkpoint file, records what was lost in the audit log, and starts a new checkpoint file.
    /// </summary>
    public async Task<RestoreResult> RestoreAsync(string fromDirectory, CancellationToken ct)
    {
        var manifest = await BackupManifest.ReadAsync(fromDirectory, ct)
            ?? throw new BackupException($"{fromDirectory} holds no readable {BackupManifest.FileName}: not a Passerelle backup.");
        if (manifest.Format != BackupManifest.CurrentFormat)
        {
            throw new BackupException($"Backup format {manifest.Format} is not known to this version (expected {BackupManifest.CurrentFormat}).");
        }

        if (!string.Equals(manifest.Provider, Provider, StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException($"This is a {manifest.Provider} backup; the configured database is {Provider}.");
        }

        var file = Path.Combine(fromDirectory, Path.GetFileName(manifest.File));
        if (!File.Exists(file) || !string.Equals(await Sha256Async(file, ct), manifest.Sha256, StringComparison.Ordinal))
        {
            throw new BackupException($"{manifest.File} is missing or damaged (its SHA-256 differs from the manifest's).");
        }

        var missingKeys = manifest.DataProtectionKeys.Except(KeyFolder.DataProtectionKeys(keys.KeysPath), StringComparer.Ordinal).ToList();
        if (manifest.KeyFingerprint != KeyFolder.Fingerprint(keys) || missingKeys.Count > 0)
        {
            throw new BackupException(
                $"The key folder {keys.KeysPath} is not the one this backup was encrypted with"
                + (missingKeys.Count > 0 ? $" ({missingKeys.Count} Data Protection keys missing)" : "")
                + ": restore the backup's keys first (restore --keys-from <folder>), or the identifying fields would be unreadable.");
        }

        await Dump.RestoreAsync(file, ConnectionString, ct);
        db.ChangeTracker.Clear();
        var head = await AuditHead.ReadAsync(db.AuditEntries, ct);
        var restoredHead = head?.Sequence ?? 0;

        var (before, _) = checkpoints.Read();
        var lost = before.Count == 0 ? 0 : Math.Max(0, before.Max(c => c.Sequence) - restoredHead);
        string? archived = null;
        if (File.Exists(checkpoints.Path))
        {
            archived = $"{checkpoints.Path}.before-restore-{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}";
            File.Move(checkpoints.Path, archived);
        }

        audit.RecordFor(AuditEventType.DatabaseRestored, null, null, null, string.Create(CultureInfo.InvariantCulture,
            $"backup taken={manifest.TakenAt:O} head={restoredHead} lost-checkpointed-entries={lost} archived-checkpoints={(archived is null ? "none" : Path.GetFileName(archived))}"));
        await audit.CommitAsync(cancellationToken: ct);
        await checkpoints.WriteAsync(db, ct);
        return new RestoreResult(manifest, restoredHead, lost, archived);
    }

    private string ConnectionString => db.Database.GetConnectionString() ?? throw new InvalidOperationException("No connection string.");

    private static async Task<string> Sha256Async(string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
