using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Jobs;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

/// <summary>An audit entry to chain: everything but its number and hashes, taken when the request recorded it.</summary>
public sealed record AuditDraft(DateTime OccurredAt, AuditEventType Type, Guid? UserId, string? Email, Guid? AgencyId, Guid? CaseId, string? RemoteAddress, string? Details);

/// <summary>
/// The one writer of the audit chain, by group commit (docs/ARCHITECTURE.md "Audit: outbox and chaining writer").
/// A round, in one transaction: takes the rows of <see cref="AuditOutboxEntry"/> (changes' entries, committed with
/// their change by any server) and the entries of reads waiting in this process, numbers and HMAC-chains them after
/// the head, inserts them into <see cref="AuditEntry"/> and deletes the outbox rows it chained. Callers that arrive
/// while a round runs wait for the next one, which takes them all: one round's cost (a lock, a head read, one
/// insert batch, one commit) is shared by every request waiting, instead of one locked commit per request. Rounds
/// run back to back on a task of their own while anyone waits, and a round's commit releases its callers at once
/// (docs/ARCHITECTURE.md "The read's tail").
/// Across servers rounds are serialised by a PostgreSQL advisory lock held only for the round; on SQLite (one
/// process, one writer) by <see cref="AuditGate"/>.
/// </summary>
public sealed class AuditChainer(IServiceScopeFactory scopes, KeyRing keys, AuditGate gate)
{
    // An arbitrary, fixed key for pg_advisory_xact_lock: "PASSAUD" in ASCII (the key of the former per-request lock).
    private const long AdvisoryLockKey = 0x50415353415544;
    private const int OutboxRowsPerRound = 2000;

    private readonly Lock queueLock = new();
    private List<Waiter> queue = [];
    private bool draining;

    private sealed class Waiter(IReadOnlyList<AuditDraft> drafts)
    {
        public IReadOnlyList<AuditDraft> Drafts { get; } = drafts;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The caller's span, which the round's span links to (the round is a child of none of them).</summary>
        public ActivityContext Caller { get; } = Activity.Current?.Context ?? default;
    }

    /// <summary>Chains the entries of a read; returns once they are committed (the answer may then leave).</summary>
    public Task AppendAsync(IReadOnlyList<AuditDraft> drafts, CancellationToken ct) => JoinRoundAsync(drafts, ct);

    /// <summary>Chains every outbox row committed before this call (and any other waiting); returns once done.</summary>
    public Task FlushAsync(CancellationToken ct) => JoinRoundAsync([], ct);

    private Task JoinRoundAsync(IReadOnlyList<AuditDraft> drafts, CancellationToken ct)
    {
        var me = new Waiter(drafts);
        bool start;
        lock (queueLock)
        {
            queue.Add(me);
            start = !draining;
            draining = true;
        }

        if (start)
        {
            // The rounds run on a task of their own, not on a caller's: no request waits for the others' wake-ups
            // before its round starts, and a round is no part of any request's trace or context.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(DrainAsync, CancellationToken.None);
            }
        }

        return me.Done.Task.WaitAsync(ct);
    }

    /// <summary>Runs rounds back to back while callers wait: each takes every caller queued when it starts.</summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            List<Waiter> taken;
            lock (queueLock)
            {
                if (queue.Count == 0)
                {
                    draining = false;
                    return;
                }

                taken = queue;
                queue = [];
            }

            await RunRoundAsync(taken);
        }
    }

    private async Task RunRoundAsync(List<Waiter> taken)
    {
        Activity? span = null;
        Exception? failure = null;
        try
        {
            // A span of its own, linked to the callers it serves: it belongs to no single request's trace.
            span = JobTelemetry.Source.HasListeners()
                ? JobTelemetry.Source.StartActivity(ActivityKind.Internal, links: taken.Where(w => w.Caller != default).Select(w => new ActivityLink(w.Caller)), name: "audit chaining round")
                : null;
            span?.SetTag("passerelle.audit.callers", taken.Count);

            // Never cancelled by one caller: the round serves every waiter.
            await RoundAsync([.. taken.SelectMany(w => w.Drafts)], CancellationToken.None);
        }
        catch (Exception e)
        {
            // Whatever failed, its callers hear it and the drain goes on: a caller is never left waiting.
            failure = e;
            span?.SetStatus(ActivityStatusCode.Error);
        }
        finally
        {
            span?.Dispose();
        }

        taken.ForEach(w => _ = failure is null ? w.Done.TrySetResult() : w.Done.TrySetException(failure));
    }

    private async Task RoundAsync(List<AuditDraft> drafts, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var postgres = db.IsPostgres;
        if (!postgres)
        {
            await gate.Semaphore.WaitAsync(ct);
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            var full = true;
            while (full)
            {
                full = await strategy.ExecuteAsync(async token =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    if (postgres)
                    {
                        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", token);
                    }

                    var waiting = await db.AuditOutbox.OrderBy(e => e.Id).Take(OutboxRowsPerRound).ToListAsync(token);
                    if (waiting.Count == 0 && drafts.Count == 0)
                    {
                        return false;
                    }

                    var last = await AuditHead.ReadSignedAsync(db.AuditEntries, keys.AuditKey, token);
                    var sequence = last?.Sequence ?? 0;
                    var previousHash = last?.Hash ?? AuditChain.Genesis;
                    foreach (var draft in waiting.Select(Draft).Concat(drafts))
                    {
                        var record = new AuditRecord(++sequence, draft.OccurredAt, draft.Type, draft.UserId, draft.Email, draft.AgencyId, draft.CaseId, draft.RemoteAddress, draft.Details);
                        var hash = AuditChain.ComputeMac(keys.AuditKey, previousHash, record);
                        db.AuditEntries.Add(new AuditEntry
                        {
                            Sequence = record.Sequence,
                            OccurredAt = record.OccurredAt,
                            EventType = record.EventType,
                            UserId = record.UserId,
                            UserEmail = record.UserEmail,
                            AgencyId = record.AgencyId,
                            CaseId = record.CaseId,
                            RemoteAddress = record.RemoteAddress,
                            Details = record.Details,
                            PreviousHash = previousHash,
                            Hash = hash,
                        });
                        previousHash = hash;
                    }

                    db.AuditOutbox.RemoveRange(waiting);
                    await AuditTrail.SaveWithoutSavepointAsync(db, token);
                    await transaction.CommitAsync(token);
                    return waiting.Count == OutboxRowsPerRound;
                }, ct);
                drafts = [];
            }
        }
        finally
        {
            if (!postgres)
            {
                gate.Semaphore.Release();
            }
        }
    }

    private static AuditDraft Draft(AuditOutboxEntry e) =>
        new(e.OccurredAt, e.EventType, e.UserId, e.UserEmail, e.AgencyId, e.CaseId, e.RemoteAddress, e.Details);
}
