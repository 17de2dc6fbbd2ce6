using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

/// <summary>
/// Records audit events and commits them with the request's other changes in one transaction: either the
/// change and its audit entries are stored, or neither is. Entries are chained in commit order by an HMAC-SHA256
/// under the audit key of the key folder (never in the database).
/// </summary>
public sealed class AuditTrail(PasserelleDbContext db, AuditGate gate, CurrentUser user, TimeProvider clock, IHttpContextAccessor http, KeyRing keys)
{
    // An arbitrary, fixed key for pg_advisory_xact_lock: "PASSAUD" in ASCII.
    private const long AdvisoryLockKey = 0x50415353415544;

    private readonly List<Pending> pending = [];

    private sealed record Pending(AuditEventType Type, Guid? CaseId, string? Details, Guid? UserId, string? Email, Guid? AgencyId);

    /// <summary>Records an event by the signed-in user. Nothing is written before <see cref="CommitAsync"/>.</summary>
    public void Record(AuditEventType type, Guid? caseId = null, string? details = null)
    {
        if (user.IsSignedIn)
        {
            pending.Add(new Pending(type, caseId, details, user.Id, user.Email, user.AgencyId));
        }
        else
        {
            pending.Add(new Pending(type, caseId, details, null, null, null));
        }
    }

    /// <summary>Records an event on behalf of a known user who is not (yet) signed in, e.g. a failed sign-in.</summary>
    public void RecordFor(AuditEventType type, Guid? userId, string? email, Guid? agencyId, string? details = null) =>
        pending.Add(new Pending(type, null, details, userId, email, agencyId));

    /// <summary>
    /// Runs <paramref name="prepare"/> (which may read and change tracked entities, e.g. to number a new case)
    /// under the audit lock, then saves everything and the recorded entries atomically.
    /// </summary>
    public async Task CommitAsync(Func<CancellationToken, Task>? prepare = null, CancellationToken cancellationToken = default)
    {
        await gate.Semaphore.WaitAsync(cancellationToken);
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (db.IsPostgres)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
                }

                if (prepare is not null)
                {
                    await prepare(ct);
                }

                await AppendPendingAsync(ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
            pending.Clear();
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }

    private async Task AppendPendingAsync(CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditChain.Genesis;
        var now = AuditChain.Normalise(clock.GetUtcNow().UtcDateTime);
        var remote = http.HttpContext?.Connection.RemoteIpAddress?.ToString();

        foreach (var item in pending)
        {
            var record = new AuditRecord(++sequence, now, item.Type, item.UserId, item.Email, item.AgencyId, item.CaseId, remote, item.Details);
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
    }
}
