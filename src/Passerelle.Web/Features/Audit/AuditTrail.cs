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
    /// Runs <paramref name="prepare"/> (which may read and change tracked entities, e.g. to number a new case)
    /// under the audit lock, then saves everything and the recorded entries atomically.
    /// </summary>
    public async Task CommitAsync(Func<CancellationToken, Task>? prepare = null, CancellationToken cancellationToken = default)
    {
        if (batch is not null && prepare is null && pending.Count == 0 && !db.ChangeTracker.HasChanges())
        {
            // A section read gathered into the case view: written once, when the page starts.
            return;
        }

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
        var last = await AuditHead.ReadAsync(db.AuditEntries, cancellationToken);
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
