using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Timeline;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Notes;

/// <param name="Text">The note; null when withheld (<paramref name="Withheld"/>) from a reader who may not read the case's identity.</param>
/// <param name="EditableUntil">Until when its author may still correct it; null once it is append-only or for anyone else.</param>
public sealed record NoteView(Guid Id, Guid CaseId, DateTime WrittenAt, DateTime? EditedAt, ActorView Author, string? Text, bool Withheld, DateTime? EditableUntil, int Version);

public sealed record NoteInput(string? Text);

/// <summary>
/// Dated, authored notes on a case. The agency holding the case writes them and reads their text (they may identify
/// the person: <see cref="CaseOperations.ReadNotes"/>, <see cref="CaseOperations.WriteNotes"/>); the others who read
/// the case file (a lead agency, the coordinator) see that a note was written, when and by which role and agency, not
/// its text. Its author may correct a note for <c>Notes:EditMinutes</c> (15 by default, If-Match required), then it is
/// append-only. Every read and write is audited.
/// </summary>
public sealed class NotesService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, CaseGuard guard, CaseIdentityProtector protector,
    CaseActors actors, IConfiguration configuration)
{
    public const int MaxLength = 4000;
    private const string Purpose = "note";

    public TimeSpan EditWindow => TimeSpan.FromMinutes(Math.Max(0, configuration.GetValue("Notes:EditMinutes", 15)));

    public async Task<PagedList<NoteView>?> ListAsync(Guid caseId, Paging paging, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.ReadFile).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return null;
        }

        audit.Record(AuditEventType.NotesViewed, caseId, found.Reference);
        await audit.CommitAsync(cancellationToken: ct);
        var notes = await db.Set<CaseNote>().AsNoTracking().Where(n => n.CaseId == caseId)
            .OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id).ToPageAsync(paging, ct);
        return await notes.SelectAsync(page => ViewsAsync(found, page, ct));
    }

    public async Task<WriteResult<NoteView>> AddAsync(Guid caseId, NoteInput input, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.Update).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        if (!await guard.MayAsync(found, CaseOperations.WriteNotes, ct))
        {
            return WriteError.Forbidden("note.forbidden", ProblemTexts.NotesForbidden);
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        var note = new CaseNote
        {
            CaseId = caseId,
            AuthorId = user.Id,
            AgencyId = user.AgencyId,
            WrittenAt = clock.GetUtcNow().UtcDateTime,
        };
        note.ProtectedText = protector.ProtectTextFor(caseId, Purpose, input.Text!.Trim());
        db.Add(note);
        audit.Record(AuditEventType.NoteAdded, caseId, $"{found.Reference} note={note.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created((await ViewsAsync(found, [note], ct))[0]);
    }

    /// <summary>Corrects a note: only its author, only within the edit window, only from the version read.</summary>
    public async Task<WriteResult<NoteView>> EditAsync(Guid caseId, Guid noteId, NoteInput input, IfMatch expected, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.Update).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null || !await guard.MayAsync(found, CaseOperations.WriteNotes, ct))
        {
            return WriteError.NotFound();
        }

        var note = await db.Set<CaseNote>().FirstOrDefaultAsync(n => n.Id == noteId && n.CaseId == caseId, ct);
        if (note is null)
        {
            return WriteError.NotFound("note.not-found");
        }

        if (note.AuthorId != user.Id)
        {
            return WriteError.Forbidden("note.not-author", ProblemTexts.NoteNotYours);
        }

        if (clock.GetUtcNow().UtcDateTime > note.WrittenAt + EditWindow)
        {
            return WriteError.Conflict("note.locked", ProblemTexts.NoteLocked, ProblemTexts.NoteLockedDetail);
        }

        if (note.Version != expected.Version)
        {
            return WriteError.Stale("note.stale", ProblemTexts.NoteStale);
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        db.Entry(note).Property(n => n.Version).OriginalValue = expected.Version;
        note.ProtectedText = protector.ProtectTextFor(caseId, Purpose, input.Text!.Trim());
        note.EditedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditEventType.NoteEdited, caseId, $"{found.Reference} note={note.Id}");
        try
        {
            await audit.CommitAsync(cancellationToken: ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WriteError.Stale("note.stale", ProblemTexts.NoteStale);
        }

        return (await ViewsAsync(found, [note], ct))[0];
    }

    /// <summary>The notes of a case as this reader may see them (for the timeline, which audits its own read).</summary>
    public async Task<IReadOnlyList<NoteView>> ViewsAsync(Case found, IReadOnlyList<CaseNote> notes, CancellationToken ct)
    {
        var readsText = await guard.MayAsync(found, CaseOperations.ReadNotes, ct);
        var actor = await actors.ResolveAsync(notes.Select(n => (Guid?)n.AuthorId), notes.Select(n => (Guid?)n.AgencyId), readsText, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return notes.Select(n =>
        {
            var until = n.WrittenAt + EditWindow;
            return new NoteView(n.Id, n.CaseId, n.WrittenAt, n.EditedAt, actor(n.AuthorId, n.AgencyId),
                readsText ? protector.UnprotectTextFor(n.CaseId, Purpose, n.ProtectedText) : null, !readsText,
                readsText && n.AuthorId == user.Id && now <= until ? until : null, n.Version);
        }).ToList();
    }

    private static WriteError? Validate(NoteInput input) =>
        string.IsNullOrWhiteSpace(input.Text) ? WriteError.Invalid("text", ProblemTexts.NoteRequired, "note.invalid")
        : input.Text.Trim().Length > MaxLength ? WriteError.Invalid("text", ProblemTexts.NoteTooLong, "note.invalid")
        : null;
}
