using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

public sealed record AuditQuery(Guid? CaseId, Guid? UserId, AuditEventType? EventType, DateOnly? From, DateOnly? To, int Page, int PageSize)
{
    public const int MaxPageSize = 200;
}

public sealed record AuditLine(
    long Sequence, DateTime OccurredAt, int EventCode, AuditEventType EventType, Guid? UserId, string? UserEmail,
    Guid? AgencyId, string? AgencyName, Guid? CaseId, string? CaseReference, string? RemoteAddress, string? Details);

/// <summary>Reading and verifying the audit log (auditors only; the callers enforce it).</summary>
public sealed class AuditLog(PasserelleDbContext db, KeyRing keys, AuditCheckpoints checkpoints, AuditChainer chainer, TimeProvider clock, IConfiguration configuration)
{
    /// <summary>
    /// How long an entry may wait in the outbox, committed with its change but not chained yet, before
    /// verification fails (<c>Audit:UnchainedToleranceSeconds</c>, 60): a round chains them within milliseconds,
    /// and after a crash the next round of any server does.
    /// </summary>
    private TimeSpan UnchainedTolerance => TimeSpan.FromSeconds(configuration.GetValue("Audit:UnchainedToleranceSeconds", 60));

    public async Task<PagedList<AuditLine>> SearchAsync(AuditQuery query, CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.CaseId is { } caseId)
        {
            entries = entries.Where(e => e.CaseId == caseId);
        }

        if (query.UserId is { } userId)
        {
            entries = entries.Where(e => e.UserId == userId);
        }

        if (query.EventType is { } type)
        {
            entries = entries.Where(e => e.EventType == type);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            // The last day is included; 9999-12-31 has no next day.
            var end = to.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.OccurredAt <= end);
        }

        // The sequence is the chain's unique position: pages never overlap.
        var page = await entries.OrderByDescending(e => e.Sequence).ToPageAsync(Paging.Of(query.Page, query.PageSize), ct);

        var agencyIds = page.Items.Where(e => e.AgencyId != null).Select(e => e.AgencyId!.Value).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var caseIds = page.Items.Where(e => e.CaseId != null).Select(e => e.CaseId!.Value).Distinct().ToList();
        var references = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);

        return page.Select(e => new AuditLine(
            e.Sequence, e.OccurredAt, (int)e.EventType, e.EventType, e.UserId, e.UserEmail, e.AgencyId,
            e.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null,
            e.CaseId, e.CaseId is { } c ? references.GetValueOrDefault(c) : null,
            e.RemoteAddress, e.Details));
    }

    public async Task<Guid?> CaseIdOfAsync(string reference, CancellationToken ct)
    {
        var folded = reference.Trim().ToUpperInvariant();
        return await db.Cases.AsNoTracking().Where(c => c.Reference == folded).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Verifies the chain on an auditor's request (page or API) and records that it was verified, with the verdict.</summary>
    public async Task<ChainVerdict> VerifyAndRecordAsync(AuditTrail trail, CancellationToken ct)
    {
        // Chain what is waiting first, so that the verdict covers every entry stored until now.
        await chainer.FlushAsync(ct);
        var verdict = await VerifyAsync(ct);
        trail.Record(AuditEventType.AuditVerified, details: verdict.Intact
            ? $"intact entries={verdict.EntriesVerified} checkpoints={verdict.CheckpointsVerified}"
            : $"broken at={verdict.BrokenAtSequence}");
        await trail.CommitAsync(cancellationToken: ct);
        return verdict;
    }

    /// <summary>
    /// Walks the whole chain in sequence order, a batch at a time (never the whole log in memory), checking each
    /// entry's HMAC and the checkpoints written outside the database; a forged checkpoint line fails too.
    /// </summary>
    public async Task<ChainVerdict> VerifyAsync(CancellationToken ct)
    {
        var (anchors, forged) = checkpoints.Read();
        var verifier = new ChainVerifier(keys.AuditKey, anchors);
        await foreach (var (record, previousHash, hash) in Batches(ct))
        {
            if (!verifier.Add(record, previousHash, hash))
            {
                break;
            }
        }

        var verdict = verifier.Verdict();
        if (forged.Count > 0 && verdict.Intact)
        {
            return verdict with { Intact = false, Problem = $"checkpoint file line {forged[0]} is not signed by this deployment's audit key" };
        }

        // The unchained tail: entries committed with their change, waiting for the chaining writer. Allowed only
        // for a short while; older ones mean the chaining has stopped (or rows were put there by hand).
        var limit = AuditChain.Normalise(clock.GetUtcNow().UtcDateTime - UnchainedTolerance);
        var stale = await db.AuditOutbox.AsNoTracking().Where(e => e.OccurredAt < limit).CountAsync(ct);
        return stale > 0 && verdict.Intact
            ? verdict with { Intact = false, Problem = $"{stale} audit entries stored more than {UnchainedTolerance.TotalSeconds:0} s ago are not chained yet" }
            : verdict;
    }

    private async IAsyncEnumerable<(AuditRecord, string, string)> Batches([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const int batch = 5000;
        long after = 0;
        while (true)
        {
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence).Take(batch).ToListAsync(ct);
            foreach (var entry in entries)
            {
                yield return (entry.ToRecord(), entry.PreviousHash, entry.Hash);
            }

            if (entries.Count < batch)
            {
                yield break;
            }

            after = entries[^1].Sequence;
        }
    }
}
