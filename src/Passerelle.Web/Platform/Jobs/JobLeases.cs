using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Jobs;

/// <summary>
/// Background jobs run once across servers (README "Operate"): a lease row per job and period in the shared
/// database (<see cref="JobRun"/>), which works the same on PostgreSQL and SQLite. A server claims a period by
/// inserting its row; the primary key refuses the second server. While the job runs its lease is renewed every
/// third of <c>Jobs:LeaseSeconds</c> (300); a server that dies leaves a lease that runs out, and the next server
/// to look takes the run over. A failed run is recorded as failed and not retried in that period (a failed digest
/// must not send half its e-mails twice); the next period runs as usual.
/// </summary>
public sealed class JobLeases(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, StartupGate startup, ILogger<JobLeases> logger)
{
    /// <summary>The period of a job's mutex row: held while the job runs, whatever its trigger.</summary>
    public const string MutexPeriod = "mutex";

    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(5, configuration.GetValue("Jobs:LeaseSeconds", 300.0)));

    /// <summary>
    /// Runs <paramref name="work"/> for <paramref name="job"/> and <paramref name="period"/> unless a server already
    /// ran it or is running it. True when this server ran it.
    /// </summary>
    public async Task<bool> RunOnceAsync(string job, string period, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        // Nothing runs before the database is migrated (the port opens first: StartupGate); the start itself may run jobs.
        await startup.DatabaseMigrated.WaitAsync(ct);
        if (await SettledAsync(job, period, ct) || !await ClaimAsync(job, period, ct))
        {
            return false;
        }

        using var activity = JobTelemetry.Source.StartActivity("job " + job);
        activity?.SetTag("passerelle.job", job);
        activity?.SetTag("passerelle.job.period", period);
        var started = Stopwatch.GetTimestamp();
        var outcome = JobRun.Failed;
        try
        {
            await WithRenewedLeaseAsync(job, period, work, ct);
            outcome = JobRun.Done;
            return true;
        }
        finally
        {
            JobTelemetry.Runs.Add(1, new("job", job), new("outcome", outcome));
            JobTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("job", job));
            activity?.SetStatus(outcome == JobRun.Done ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
            await FinishAsync(job, period, outcome, CancellationToken.None);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> while holding <paramref name="job"/>'s mutex across servers, waiting (polling
    /// every second) while another server holds it.
    /// </summary>
    public async Task<T> ExclusiveAsync<T>(string job, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        await startup.DatabaseMigrated.WaitAsync(ct);
        while (!await ClaimAsync(job, MutexPeriod, ct))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), clock, ct);
        }

        var result = default(T)!;
        try
        {
            await WithRenewedLeaseAsync(job, MutexPeriod, async token => result = await work(token), ct);
            return result;
        }
        finally
        {
            await FinishAsync(job, MutexPeriod, JobRun.Done, CancellationToken.None);
        }
    }

    /// <summary>Whether the period's run is over, or held by a live lease.</summary>
    private async Task<bool> SettledAsync(string job, string period, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.JobRuns.AnyAsync(r => r.Job == job && r.Period == period && (r.Outcome != JobRun.Running || r.LeaseUntil > now), ct);
    }

    private async Task<bool> ClaimAsync(string job, string period, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            if (!await db.JobRuns.AnyAsync(r => r.Job == job && r.Period == period, ct))
            {
                db.JobRuns.Add(new JobRun
                {
                    Job = job,
                    Period = period,
                    Holder = Holder,
                    StartedAt = now,
                    LeaseUntil = now + Lease,
                    Outcome = JobRun.Running,
                    Attempts = 1,
                });
                try
                {
                    await db.SaveChangesAsync(ct);
                    return true;
                }
                catch (DbUpdateException)
                {
                    // Another server inserted the same period first: it runs it, unless its lease has run out (below).
                }
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            // A mutex is free again once its holder finished; a period's run only when its holder died.
            var takeOver = period == MutexPeriod
                ? db.JobRuns.Where(r => r.Job == job && r.Period == period && (r.Outcome != JobRun.Running || r.LeaseUntil < now))
                : db.JobRuns.Where(r => r.Job == job && r.Period == period && r.Outcome == JobRun.Running && r.LeaseUntil < now);
            var taken = await takeOver.ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Holder, Holder)
                .SetProperty(r => r.StartedAt, now)
                .SetProperty(r => r.LeaseUntil, now + Lease)
                .SetProperty(r => r.Outcome, JobRun.Running)
                .SetProperty(r => r.CompletedAt, (DateTime?)null)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
            if (taken == 1 && period != MutexPeriod)
            {
                logger.LogWarning("Job {Job} for {Period}: taken over from a server whose lease ran out", job, period);
            }

            return taken == 1;
        }
    }

    private async Task WithRenewedLeaseAsync(string job, string period, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        using var stopRenewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewing = RenewAsync(job, period, stopRenewing.Token);
        try
        {
            await work(ct);
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewing;
        }
    }

    private async Task RenewAsync(string job, string period, CancellationToken ct)
    {
        try
        {
            using var timer = new PeriodicTimer(Lease / 3, clock);
            while (await timer.WaitForNextTickAsync(ct))
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
                var until = clock.GetUtcNow().UtcDateTime + Lease;
                await db.JobRuns.Where(r => r.Job == job && r.Period == period && r.Holder == Holder)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseUntil, until), ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The work is over.
        }
#pragma warning disable CA1031 // A lease that cannot be renewed runs out: another server may take the run over, which the log says.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Job {Job} for {Period}: its lease could not be renewed", job, period);
        }
    }

    private async Task FinishAsync(string job, string period, string outcome, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.JobRuns.Where(r => r.Job == job && r.Period == period && r.Holder == Holder)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Outcome, outcome).SetProperty(r => r.CompletedAt, now).SetProperty(r => r.LeaseUntil, now), ct);
            // The rows of old periods say nothing a log does not: a month is kept for the operator.
            var old = now.AddDays(-31);
            await db.JobRuns.Where(r => r.Job == job && r.Period != MutexPeriod && r.CompletedAt != null && r.CompletedAt < old).ExecuteDeleteAsync(ct);
        }
#pragma warning disable CA1031 // The row's lease runs out by itself; the run's own outcome is already logged by its job.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Job {Job} for {Period}: its end could not be recorded", job, period);
        }
    }
}

/// <summary>When a daily job is due: from its hour (UTC) to the end of that day, so a server (re)started after the hour still runs that day's job once.</summary>
public static class DailySchedule
{
    /// <summary>The period (<c>yyyy-MM-dd</c>) due at <paramref name="now"/>, or null before the day's hour.</summary>
    public static string? DuePeriod(int hour, DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        return now.UtcDateTime >= today.AddHours(hour) ? today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>How long to sleep: until the next hour, but never longer than <paramref name="recheck"/> (to take over a dead server's run).</summary>
    public static TimeSpan Wait(int hour, DateTimeOffset now, TimeSpan recheck)
    {
        var due = new DateTimeOffset(now.UtcDateTime.Date.AddHours(hour), TimeSpan.Zero);
        var next = due > now ? due : due.AddDays(1);
        var wait = next - now;
        return wait < recheck ? wait : recheck;
    }

    /// <summary>The loop of a daily job: runs the due period once across servers, then sleeps.</summary>
    public static async Task RunAsync(JobLeases leases, string job, int hour, TimeProvider clock, ILogger logger, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (DuePeriod(hour, now) is { } period)
            {
                try
                {
                    await leases.RunOnceAsync(job, period, work, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One failed day (SMTP down, database away) must not stop the next one.
                    logger.LogError(e, "Job {Job} for {Period} failed", job, period);
                }
            }

            await Task.Delay(Wait(hour, clock.GetUtcNow(), leases.Lease), clock, stoppingToken);
        }
    }
}
