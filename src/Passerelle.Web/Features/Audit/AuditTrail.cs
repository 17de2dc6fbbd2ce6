using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Audit;

/// <summary>
/// Records audit events and commits them with the request's other changes in one transaction: either the
/// change and its audit entries are stored, or neither is. Entries are chained by <see cref="AuditChainer"/> (an
/// HMAC-SHA256 under the audit key of the key folder, never in the database) before the request's answer leaves.
/// </summary>
public sealed class AuditTrail(PasserelleDbContext db, AuditGate gate, AuditChainer chainer, CurrentUser user, TimeProvider clock, IHttpContextAccessor http, ILogger<AuditTrail> log)
{
    // An arbitrary, fixed key for pg_advisory_xact_lock, held by writes that number something (panels, sessions…; case
    // numbers only while their year's sequence is created: CaseNumbers): "PASSNUM" in ASCII. The audit chain itself takes no lock per request any more (AuditChainer).
    internal const long NumberingLockKey = 0x504153534E554D;

    private readonly List<Pending> pending = [];

    private sealed record Pending(AuditEventType Type, Guid? CaseId, string? Details, Guid? UserId, string? Email, Guid? AgencyId);

    private static readonly HashSet<AuditEventType> CaseSectionReads =
    [
        AuditEventType.CaseViewed, AuditEventType.ScreeningsViewed, AuditEventType.IdentificationViewed, AuditEventType.QualificationsViewed,
        AuditEventType.ReferralsViewed, AuditEventType.RightsViewed, AuditEventType.DeadlinesViewed, AuditEventType.ProceedingsViewed,
        AuditEventType.ChildProtectionViewed, AuditEventType.CaseLinkageViewed, AuditEventType.LegalStepsViewed,
        AuditEventType.TimelineViewed, AuditEventType.NotesViewed, AuditEventType.AttachmentsViewed,
    ];

    private CaseViewBatch? batch;

    private sealed class CaseViewBatch(Guid caseId, AuditEventType summary)
    {
        public Guid CaseId { get; } = caseId;
        public AuditEventType Summary { get; } = summary;
        public string? Reference { get; set; }
        public List<AuditEventType> Shown { get; } = [];
    }

    /// <summary>
    /// Makes a page showing one case one audit entry: until the response starts, the reads of that case's sections
    /// are gathered, then written as a single <see cref="AuditEventType.CaseViewed"/> entry listing what was shown —
    /// before any byte of the page leaves. Nothing is written when nothing was shown (the case was not found).
    /// </summary>
    /// <param name="summary">The one entry written: <see cref="AuditEventType.CaseViewed"/> for the case page, another for a document that gathers the same sections (the personal-data export).</param>
    public void GatherCaseView(Guid caseId, HttpResponse response, AuditEventType summary = AuditEventType.CaseViewed)
    {
        batch = new CaseViewBatch(caseId, summary);
        response.OnStarting(async () =>
        {
            var gathered = batch;
            batch = null;
            if (gathered is { Shown.Count: > 0 })
            {
                var shown = string.Join(',', gathered.Shown.Distinct().Select(t => Domain.Texts.KebabCase.Of(t)));
                Record(gathered.Summary, gathered.CaseId, $"{gathered.Reference} shown={shown}".Trim());
                await CommitAsync(cancellationToken: response.HttpContext.RequestAborted);
            }
        });
    }

    /// <summary>Records an event by the signed-in user. Nothing is written before <see cref="CommitAsync"/>.</summary>
    public void Record(AuditEventType type, Guid? caseId = null, string? details = null)
    {
        if (batch is { } gathering && caseId == gathering.CaseId && CaseSectionReads.Contains(type))
        {
            gathering.Reference ??= type == AuditEventType.CaseViewed ? details : null;
            gathering.Shown.Add(type);
            return;
        }

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
    /// Stores the recorded entries, and the changes tracked, atomically. A change's entries go to the outbox in
    /// the change's own transaction (no global lock: concurrent writes commit in parallel), then the chaining
    /// writer links them before this returns. A read's entries (nothing else to save) join the next group commit
    /// of <see cref="AuditChainer"/> directly; either way they are committed before the answer leaves.
    /// <paramref name="prepare"/> (which may read and change tracked entities, e.g. to number a new case) runs
    /// inside the transaction under the numbering lock: two creations never take the same number.
    /// </summary>
    public async Task CommitAsync(Func<CancellationToken, Task>? prepare = null, CancellationToken cancellationToken = default)
    {
        if (batch is not null && prepare is null && pending.Count == 0 && !db.ChangeTracker.HasChanges())
        {
            // A section read gathered into the case view: written once, when the page starts.
            return;
        }

        if (prepare is null && !db.ChangeTracker.HasChanges())
        {
            if (pending.Count > 0)
            {
                await chainer.AppendAsync(Drafts(), cancellationToken);
                pending.Clear();
            }

            return;
        }

        var postgres = db.IsPostgres;
        if (!postgres)
        {
            // SQLite has one writer: its transactions are serialised in the process, as the chaining rounds are.
            await gate.Semaphore.WaitAsync(cancellationToken);
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (prepare is not null)
                {
                    if (postgres)
                    {
                        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({NumberingLockKey})", ct);
                    }

                    await prepare(ct);
                }

                var outbox = Drafts().Select(d => new AuditOutboxEntry
                {
                    OccurredAt = d.OccurredAt,
                    EventType = d.Type,
                    UserId = d.UserId,
                    UserEmail = d.Email,
                    AgencyId = d.AgencyId,
                    CaseId = d.CaseId,
                    RemoteAddress = d.RemoteAddress,
                    Details = d.Details,
                }).ToList();
                db.AuditOutbox.AddRange(outbox);
                try
                {
                    await SaveWithoutSavepointAsync(db, ct);
                    await transaction.CommitAsync(ct);
                }
                catch
                {
                    // Rolled back: a retry (the execution strategy's, or the caller's) drafts these entries again.
                    foreach (var entry in outbox)
                    {
                        db.Entry(entry).State = EntityState.Detached;
                    }

                    throw;
                }
            }, cancellationToken);
            pending.Clear();
        }
        finally
        {
            if (!postgres)
            {
                gate.Semaphore.Release();
            }
        }

        try
        {
            // The change and its entries are stored: chaining them now keeps the log's tail short, and failing
            // here must not turn a stored change into an error (a later round, any server's, chains them).
            await chainer.FlushAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            log.LogWarning(e, "Audit entries stored in the outbox, chaining postponed to the next round");
        }
    }

    /// <summary>
    /// Saves inside a transaction that is committed right after or rolled back whole: EF's automatic savepoint
    /// (a <c>SAVEPOINT</c> and a <c>RELEASE</c>, two statements, to let a caller go on after a failed save) has
    /// nothing to protect there.
    /// </summary>
    internal static async Task SaveWithoutSavepointAsync(PasserelleDbContext db, CancellationToken ct)
    {
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    private List<AuditDraft> Drafts()
    {
        var now = AuditChain.Normalise(clock.GetUtcNow().UtcDateTime);
        var remote = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return [.. pending.Select(p => new AuditDraft(now, p.Type, p.UserId, p.Email, p.AgencyId, p.CaseId, remote, p.Details))];
    }
}
