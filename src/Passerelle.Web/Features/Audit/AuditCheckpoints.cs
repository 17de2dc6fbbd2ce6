using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

/// <summary>
/// Signed checkpoints of the audit chain, written outside the database: an append-only text file
/// (<c>Audit:CheckpointsPath</c>, by default <c>audit-checkpoints.log</c> beside the keys folder), one line per
/// checkpoint: <c>v1 TAB sequence TAB head hash TAB UTC time TAB signature</c>, the signature an HMAC-SHA256 under
/// a key derived from the audit key. A line whose signature does not hold makes verification fail. Keep the
/// file where the database's administrators cannot rewrite it (another host, an append-only or WORM volume,
/// shipped to the auditors' log collector): it is what reveals removed entries and restored backups.
/// </summary>
public sealed class AuditCheckpoints : IDisposable
{
    private readonly byte[] signingKey;
    private readonly SemaphoreSlim writing = new(1, 1);

    private readonly AuditChainer chainer;

    public AuditCheckpoints(KeyRing keys, AuditChainer chainer, IConfiguration configuration, IHostEnvironment environment)
    {
        this.chainer = chainer;
        signingKey = HMACSHA256.HashData(keys.AuditKey, "passerelle audit checkpoint v1"u8);
        var configured = configuration["Audit:CheckpointsPath"];
        Path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.TrimEndingDirectorySeparator(keys.KeysPath)) ?? ".", "audit-checkpoints.log")
            : System.IO.Path.IsPathRooted(configured) ? configured : System.IO.Path.Combine(environment.ContentRootPath, configured);
    }

    public string Path { get; }

    /// <summary>Chains what waits, then appends a checkpoint of the current head, unless the newest one already says the same.</summary>
    public async Task<AuditCheckpoint?> WriteAsync(PasserelleDbContext db, CancellationToken ct)
    {
        // Chains the outbox first: also what picks up the entries a crashed server left unchained on a quiet day.
        await chainer.FlushAsync(ct);
        var head = await AuditHead.ReadAsync(db.AuditEntries, ct);
        if (head is null)
        {
            return null;
        }

        await writing.WaitAsync(ct);
        try
        {
            var (existing, _) = Read();
            if (existing.Count > 0 && existing[^1].Sequence == head.Sequence && existing[^1].Hash == head.Hash)
            {
                return existing[^1];
            }

            var checkpoint = new AuditCheckpoint(head.Sequence, head.Hash, AuditChain.Normalise(DateTime.UtcNow));
            var body = Body(checkpoint);
            var line = $"{body}\t{Sign(body)}\n";
            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
            if (!OperatingSystem.IsWindows() && !File.Exists(Path))
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using (var stream = new FileStream(Path, options))
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(line), ct);
                await stream.FlushAsync(ct);
            }

            return checkpoint;
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>The checkpoints in file order, and the numbers of the lines whose signature does not hold.</summary>
    public (IReadOnlyList<AuditCheckpoint> Checkpoints, IReadOnlyList<int> Forged) Read()
    {
        var checkpoints = new List<AuditCheckpoint>();
        var forged = new List<int>();
        if (!File.Exists(Path))
        {
            return (checkpoints, forged);
        }

        var number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 5 || parts[0] != "v1"
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                || !DateTime.TryParse(parts[3], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(string.Join('\t', parts[..4]))), Encoding.ASCII.GetBytes(parts[4])))
            {
                forged.Add(number);
                continue;
            }

            checkpoints.Add(new AuditCheckpoint(sequence, parts[2], DateTime.SpecifyKind(at, DateTimeKind.Utc)));
        }

        return (checkpoints, forged);
    }

    public void Dispose() => writing.Dispose();

    private static string Body(AuditCheckpoint checkpoint) => string.Join('\t', "v1",
        checkpoint.Sequence.ToString(CultureInfo.InvariantCulture), checkpoint.Hash,
        checkpoint.WrittenAt.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture));

    private string Sign(string body) => Convert.ToHexStringLower(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(body)));
}

/// <summary>
/// Writes a checkpoint every <c>Audit:CheckpointMinutes</c> (5; 0 or less: only at shutdown) when the log grew,
/// and one at every clean shutdown. With several servers one of them writes each period's checkpoint
/// (<see cref="Platform.Jobs.JobLeases"/>): give them one <c>Audit:CheckpointsPath</c> on a shared append-only volume.
/// </summary>
public sealed class AuditCheckpointWriter(
    IServiceScopeFactory scopes, AuditCheckpoints checkpoints, IConfiguration configuration, Platform.Jobs.JobLeases leases, TimeProvider clock,
    ILogger<AuditCheckpointWriter> logger)
    : BackgroundService
{
    public const string Job = "audit-checkpoint";

    /// <summary>The slot of <paramref name="minutes"/> that <paramref name="now"/> falls in, as its start time.</summary>
    public static string Slot(DateTimeOffset now, double minutes)
    {
        var length = TimeSpan.FromMinutes(minutes).Ticks;
        var start = new DateTime(now.UtcTicks - (now.UtcTicks % length), DateTimeKind.Utc);
        return start.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Audit:CheckpointMinutes", 5.0);
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await leases.RunOnceAsync(Job, Slot(clock.GetUtcNow(), minutes), WriteAsync, stoppingToken);
                }
#pragma warning disable CA1031 // The database away: the next tick tries again.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.LogError(exception, "Audit checkpoint: the job lease could not be taken");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: StopAsync writes the last checkpoint.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(cancellationToken);
    }

    private async Task WriteAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var written = await checkpoints.WriteAsync(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>(), ct);
            if (written is not null)
            {
                logger.LogInformation("Audit checkpoint: {Sequence} entries", written.Sequence);
            }
        }
#pragma warning disable CA1031 // A failed checkpoint must not stop the server; it is logged and retried at the next tick.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Audit checkpoint could not be written to {Path}", checkpoints.Path);
        }
    }
}
