using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
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
/// insert batch, one commit) is shared by every request waiting, instead of one locked commit per request.
/// Across servers rounds are serialised by a PostgreSQL advisory lock held only for the round; on SQLite (one
/// process, one writer) by <see cref="AuditGate"/>.
/// </summary>
public sealed class AuditChainer(IServiceScopeFactory scopes, KeyRing keys, AuditGate gate) : IDisposable
{
    // An arbitrary, fixed key for pg_advisory_xact_lock: "PASSAUD" in ASCII (the key of the former per-request lock).
    private const long AdvisoryLockKey = 0x50415353415544;
    private const int OutboxRowsPerRound = 2000;

    private readonly Lock queueLock = new();
    private readonly SemaphoreSlim rounds = new(1, 1);
    private List<Waiter> queue = [];

    private sealed class Waiter(IReadOnlyList<AuditDraft> drafts)
    {
        public IReadOnlyList<AuditDraft> Drafts { get; } = drafts;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Chains the entries of a read; returns once they are committed (the answer may then leave).</summary>
    public Task AppendAsync(IReadOnlyList<AuditDraft> drafts, CancellationToken ct) => JoinRoundAsync(drafts, ct);

    /// <summary>Chains every outbox row committed before this call (and any other waiting); returns once done.</summary>
    public Task FlushAsync(CancellationToken ct) => JoinRoundAsync([], ct);

    private async Task JoinRoundAsync(IReadOnlyList<AuditDraft> drafts, CancellationToken ct)
    {
        var me = new Waiter(drafts);
        lock (queueLock)
        {
            queue.Add(me);
        }

        while (!me.Done.Task.IsCompleted)
        {
            await rounds.WaitAsync(ct);
            try
            {
                if (me.Done.Task.IsCompleted)
                {
                    break;
                }

                List<Waiter> taken;
                lock (queueLock)
                {
                    taken = queue;
                    queue = [];
                }

                try
                {
                    // Never cancelled by one caller: the round serves every waiter.
                    await RoundAsync([.. taken.SelectMany(w => w.Drafts)], CancellationToken.None);
                    taken.ForEach(w => w.Done.TrySetResult());
                }
                catch (Exception e)
                {
                    taken.ForEach(w => w.Done.TrySetException(e));
                }
            }
            finally
            {
                rounds.Release();
            }
        }

        await me.Done.Task;
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

    public void Dispose() => rounds.Dispose();

    private static AuditDraft Draft(AuditOutboxEntry e) =>
        new(e.OccurredAt, e.EventType, e.UserId, e.UserEmail, e.AgencyId, e.CaseId, e.RemoteAddress, e.Details);
}
