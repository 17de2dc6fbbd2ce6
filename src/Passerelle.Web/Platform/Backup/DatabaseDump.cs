using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Passerelle.Web.Platform.Backup;

/// <summary>How one database engine copies itself to a file and back.</summary>
public interface IDatabaseDump
{
    /// <summary>The name of the dump in the backup folder.</summary>
    string FileName { get; }

    Task DumpAsync(string connectionString, string file, CancellationToken ct);

    /// <summary>Replaces everything in the database of <paramref name="connectionString"/> with the dump's content.</summary>
    Task RestoreAsync(string file, string connectionString, CancellationToken ct);
}

/// <summary>
/// SQLite's online backup API (<c>sqlite3_backup</c>): a consistent copy page by page while the server may keep
/// writing, and the same API in the other direction to restore.
/// </summary>
public sealed class SqliteDump : IDatabaseDump
{
    public string FileName => "passerelle.db";

    public Task DumpAsync(string connectionString, string file, CancellationToken ct)
    {
        using var source = new SqliteConnection(connectionString);
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        return Task.CompletedTask;
    }

    public Task RestoreAsync(string file, string connectionString, CancellationToken ct)
    {
        // Pooled connections would go on seeing the database of before.
        SqliteConnection.ClearAllPools();
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var target = new SqliteConnection(connectionString);
        source.Open();
        target.Open();
        CopyWhenTheTargetIsFree(source, target, ct);
        target.Close();
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The backup API takes the target's write lock in one step and does not wait for it: a server or a job still
    /// holding a transaction on the target answers SQLITE_BUSY / SQLITE_LOCKED at once. Waits for it as a command would
    /// (the connection's default timeout), then gives up with SQLite's own error.
    /// </summary>
    private static void CopyWhenTheTargetIsFree(SqliteConnection source, SqliteConnection target, CancellationToken ct)
    {
        var giveUpAt = DateTime.UtcNow.AddSeconds(Math.Max(30, new SqliteConnectionStringBuilder(target.ConnectionString).DefaultTimeout));
        while (true)
        {
            try
            {
                source.BackupDatabase(target);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && DateTime.UtcNow < giveUpAt)
            {
                ct.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100));
                ct.ThrowIfCancellationRequested();
            }
        }
    }
}

/// <summary>
/// PostgreSQL's own tools: <c>pg_dump --format=custom</c> and <c>pg_restore --clean --single-transaction</c> (from
/// Debian's postgresql-client, the newest installed version, which must be at least the server's). The password goes
/// through the environment, never the command line.
/// </summary>
public sealed class PostgresDump : IDatabaseDump
{
    public string FileName => "passerelle.dump";

    public Task DumpAsync(string connectionString, string file, CancellationToken ct) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", file], ct);

    public Task RestoreAsync(string file, string connectionString, CancellationToken ct) =>
        RunAsync("pg_restore", connectionString, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", file], ct);

    private static async Task RunAsync(string tool, string connectionString, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Locate(tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--no-password");
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add(settings.Database ?? throw new InvalidOperationException("The connection string names no database."));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = settings.Username;
        if (!string.IsNullOrEmpty(settings.Password))
        {
            start.Environment["PGPASSWORD"] = settings.Password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed (exit code {process.ExitCode}): {(await errors).Trim()}");
        }
    }

    private static string Locate(string tool)
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Path: Path.Combine(d, "bin", tool)))
                .Where(t => File.Exists(t.Path))
                .OrderByDescending(t => t.Version)
                .Select(t => t.Path)
                .FirstOrDefault()
            : null;
        return installed ?? tool;
    }
}

/// <summary>A backup or restore that cannot go on, with a message for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
