using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Texts;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Attachments;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.LegalSteps;
using Passerelle.Web.Features.Notes;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Timeline;

/// <summary>One thing that happened to a case.</summary>
/// <param name="At">When (UTC); for an event known only by its date (<paramref name="DateOnly"/>), noon UTC of that date.</param>
/// <param name="Kind">A stable kebab-case name (<c>case-created</c>, <c>screening-recorded</c>, <c>deadline-overdue</c>…).</param>
/// <param name="Title">What happened, in the reader's language.</param>
/// <param name="Detail">The particulars (a verdict, a stage and outcome, a service, a note's text), when the reader may see them.</param>
/// <param name="Actor">Who did it; null for what the calendar did (a deadline passing).</param>
/// <param name="Source"><c>audit</c> (the audit trail) or <c>record</c> (the case's own records).</param>
public sealed record TimelineEvent(DateTime At, bool DateOnly, string Kind, string Title, string? Detail, ActorView? Actor, string Source);

/// <summary>
/// The story of a case, newest first: the changes in its audit trail (who, agency, when, what — reads stay in the
/// audit log) and its own records, which say more than the audit entry (a screening's verdict, a decision's outcome,
/// a referral's service, a legal step's kind, a note, a document), plus the deadlines met or passed. Those the
/// records tell are taken from them, not from the audit, so nothing shows twice. Readable by whoever reads the case
/// file (<see cref="CaseOperation.ReadFile"/>); a reader who may not read the identity sees actors as role and
/// agency and no note text or file name (<see cref="CaseActors"/>).
/// </summary>
public sealed class TimelineService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, CaseGuard guard, CaseActors actors,
    NotesService notes, AttachmentsService attachments, IStringLocalizer<Text> text)
{
    public const int MaxPageSize = 100;

    /// <summary>Events the case's records tell better than the audit entry.</summary>
    private static readonly HashSet<AuditEventType> FromRecords =
    [
        AuditEventType.ScreeningRecorded, AuditEventType.IdentificationRequested, AuditEventType.IdentificationDecided,
        AuditEventType.ReferralSent, AuditEventType.LegalStepRecorded, AuditEventType.NoteAdded, AuditEventType.AttachmentAdded,
    ];

    /// <summary>The audit events a case's story shows: the changes, less those its records tell.</summary>
    private static readonly AuditEventType[] StoryEvents =
        [.. Enum.GetValues<AuditEventType>().Where(t => AuditEventNames.IsChange(t) && !FromRecords.Contains(t))];

    private sealed record Raw(DateTime At, bool DateOnly, string Kind, string Title, string? Detail, Guid? UserId, Guid? AgencyId, bool System, string Source);

    public async Task<PagedList<TimelineEvent>?> PageAsync(Guid caseId, Paging paging, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.ReadFile).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return null;
        }

        audit.Record(AuditEventType.TimelineViewed, caseId, $"{found.Reference} page={paging.Page}");
        await audit.CommitAsync(cancellationToken: ct);

        var language = LocalizationSetup.CurrentLanguage;
        string Name(AuditEventType type) => AuditEventNames.Of(type).In(language);
        var raw = new List<Raw>();

        // Only the changes are read: a case read a thousand times keeps a short story.
        var changes = await db.AuditEntries.AsNoTracking().Where(e => e.CaseId == caseId && StoryEvents.Contains(e.EventType))
            .Select(e => new { e.OccurredAt, e.EventType, e.UserId, e.AgencyId }).ToListAsync(ct);
        raw.AddRange(changes.Select(e => new Raw(e.OccurredAt, false, KebabCase.Of(e.EventType), Name(e.EventType), null, e.UserId, e.AgencyId, false, "audit")));

        foreach (var s in await db.CaseScreenings.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(ct))
        {
            raw.Add(new Raw(s.ScreenedAt, false, "screening-recorded", Name(AuditEventType.ScreeningRecorded), text[Labels.Of(s.Verdict)], s.ScreenedBy, s.AgencyId, false, "record"));
        }

        foreach (var step in await db.IdentificationSteps.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(ct))
        {
            var stage = text[step.Stage == IdentificationStage.Rg ? "Reasonable grounds" : "Conclusive grounds"].Value;
            raw.Add(new Raw(DayOf(step.RequestedOn), true, "identification-requested", Name(AuditEventType.IdentificationRequested), stage, step.RequestedBy, null, false, "record"));
            if (step.Outcome is { } outcome && step.DecidedOn is { } decidedOn)
            {
                var verdict = text[outcome == DecisionOutcome.Positive ? "Positive" : "Negative"].Value;
                raw.Add(new Raw(DayOf(decidedOn), true, "identification-decided", Name(AuditEventType.IdentificationDecided), $"{stage} — {verdict}", step.DecidedBy, null, false, "record"));
            }
        }

        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId)
            .Join(db.Providers, r => r.ProviderId, p => p.Id, (r, p) => new { r.SentOn, r.SentBy, r.SentByAgencyId, r.Service, Provider = p.Name })
            .ToListAsync(ct);
        raw.AddRange(referrals.Select(r => new Raw(DayOf(r.SentOn), true, "referral-sent", Name(AuditEventType.ReferralSent),
            $"{text[Labels.Of(r.Service)]} — {r.Provider}", r.SentBy, r.SentByAgencyId, false, "record")));

        foreach (var step in await db.Set<LegalStepRecord>().AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(ct))
        {
            raw.Add(new Raw(DayOf(step.On), true, "legal-step-recorded", Name(AuditEventType.LegalStepRecorded), text[Labels.Of(step.Kind)], step.RecordedBy, step.AgencyId, false, "record"));
        }

        var today = clock.Today();
        foreach (var deadline in await db.CaseDeadlines.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct))
        {
            var rule = text[Labels.Of(deadline.Rule)].Value;
            if (deadline.MetOn is { } met)
            {
                raw.Add(new Raw(DayOf(met), true, "deadline-met", new LocalizedText("Échéance respectée", "Deadline met").In(language), rule, null, null, true, "record"));
            }
            else if (deadline.DueOn < today)
            {
                raw.Add(new Raw(DayOf(deadline.DueOn), true, "deadline-overdue", new LocalizedText("Échéance dépassée", "Deadline passed").In(language), rule, null, null, true, "record"));
            }
        }

        var allNotes = await db.Set<CaseNote>().AsNoTracking().Where(n => n.CaseId == caseId).ToListAsync(ct);
        foreach (var note in await notes.ViewsAsync(found, allNotes, ct))
        {
            var source = allNotes.First(n => n.Id == note.Id);
            raw.Add(new Raw(note.WrittenAt, false, "note-added", Name(AuditEventType.NoteAdded), note.Text, source.AuthorId, source.AgencyId, false, "record"));
        }

        var documents = await db.Set<CaseAttachment>().AsNoTracking().Where(a => a.CaseId == caseId)
            .Select(a => new { a.Id, a.UploadedBy, a.AgencyId }).ToDictionaryAsync(a => a.Id, ct);
        foreach (var document in await attachments.ViewsAsync(found, ct))
        {
            raw.Add(new Raw(document.UploadedAt, false, "attachment-added", Name(AuditEventType.AttachmentAdded),
                document.FileName is { } name ? $"{name} ({document.ContentType})" : document.ContentType,
                documents[document.Id].UploadedBy, documents[document.Id].AgencyId, false, "record"));
        }

        var showNames = await guard.MayAsync(found, CaseOperations.ReadIdentity, ct);
        var actor = await actors.ResolveAsync(raw.Select(r => r.UserId), raw.Select(r => r.AgencyId), showNames, ct);
        // Computed in memory from the case's own records (its story is short: changes only, never reads), then paged.
        return raw.OrderByDescending(r => r.At).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Detail, StringComparer.Ordinal).ToList()
            .ToPage(paging)
            .Select(r => new TimelineEvent(r.At, r.DateOnly, r.Kind, r.Title, r.Detail, r.System ? null : actor(r.UserId, r.AgencyId), r.Source));
    }

    /// <summary>
    /// A step known by its date only is placed at the start of that day: placed at noon, a referral sent this morning
    /// showed above a note written after it, "in the future" until midday.
    /// </summary>
    private static DateTime DayOf(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
