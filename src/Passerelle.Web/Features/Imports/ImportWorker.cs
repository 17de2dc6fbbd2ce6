using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Creates the cases of queued imports, one file after another, each case in its own transaction (the audit trail
/// opens one per commit), so a failure leaves no half-created case. It acts as the importer: a request context
/// carrying their identity is set for the scope, so the cases are registered, audited and linked by the same
/// <see cref="CaseRegistry"/> as a case typed in the form. An import interrupted by a stop is marked failed at the
/// next start; importing the file again resumes it, as rows already created are skipped.
/// </summary>
public sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, TimeProvider clock, Platform.StartupGate startup, ILogger<ImportWorker> logger) : BackgroundService
{
    /// <summary>How many rows between two saves of the progress.</summary>
    private const int ProgressEvery = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.Completion.WaitAsync(stoppingToken);
        await MarkInterruptedAsync(stoppingToken);
        await foreach (var work in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(work, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Import {Id} failed", work.JobId);
                await FailAsync(work.JobId, "The import stopped on an unexpected error; import the file again to resume it.", stoppingToken);
            }
        }
    }

    private async Task RunAsync(ImportWork work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        http.HttpContext = new DefaultHttpContext { User = work.Importer, RequestServices = scope.ServiceProvider };
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var registry = scope.ServiceProvider.GetRequiredService<CaseRegistry>();
            var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            var job = await db.Set<ImportJob>().FirstAsync(j => j.Id == work.JobId, ct);
            var today = clock.Today();
            var errors = new List<ImportMessage>();
            var notices = new List<ImportMessage>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int created = 0, skipped = 0, done = 0;
            foreach (var source in work.Rows)
            {
                var row = ImportRowReader.Read(source, work.Defaults, work.AgencyId, today);
                notices.AddRange(row.Notices);
                if (row.Facts is null)
                {
                    errors.AddRange(row.Errors);
                }
                else if (!seen.Add(row.Key) || await db.Cases.AnyAsync(c => c.AgencyId == work.AgencyId && c.ImportKey == row.Key, ct))
                {
                    skipped++;
                }
                else if (work.DryRun)
                {
                    created++;
                }
                else
                {
                    try
                    {
                        await registry.RegisterAsync(row.Facts, ct, row.Key);
                        created++;
                    }
                    catch (DbUpdateException)
                    {
                        // The same row, imported at the same time by another import: the unique index kept one.
                        db.ChangeTracker.Clear();
                        job = await db.Set<ImportJob>().FirstAsync(j => j.Id == work.JobId, ct);
                        skipped++;
                    }
                }

                done++;
                if (done % ProgressEvery == 0)
                {
                    job.Progress(work.Rows.Count, done, created, skipped, errors, notices);
                    await db.SaveChangesAsync(ct);
                }
            }

            job.Progress(work.Rows.Count, done, created, skipped, errors, notices);
            job.Finish(null, clock.GetUtcNow().UtcDateTime);
            audit.Record(AuditEventType.ImportFinished, details: $"import={job.Id}; dryRun={job.DryRun}; rows={done}; created={created}; skipped={skipped}; errors={errors.Count}");
            await audit.CommitAsync(cancellationToken: ct);
        }
        finally
        {
            http.HttpContext = null;
        }
    }

    private async Task FailAsync(Guid jobId, string failure, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        if (await db.Set<ImportJob>().FirstOrDefaultAsync(j => j.Id == jobId, ct) is { } job)
        {
            job.Finish(failure, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Imports still running at start-up were cut by a stop: their rows are gone with the process.</summary>
    private async Task MarkInterruptedAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var running = await db.Set<ImportJob>().Where(j => j.Status == ImportStatus.Running).ToListAsync(ct);
            foreach (var job in running)
            {
                job.Finish("The import was interrupted by a restart; import the file again to resume it.", clock.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database may not be ready yet (first start, migrations pending): nothing can be running then.
            logger.LogInformation(e, "No interrupted import marked");
        }
    }
}
