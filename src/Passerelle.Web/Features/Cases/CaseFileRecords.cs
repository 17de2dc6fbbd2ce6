using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

/// <summary>What differs between two <see cref="CaseFileRecordService{TRecord, TInput, TView}"/>: their names, codes and texts.</summary>
/// <param name="Code">The stable prefix of error codes (<c>rights</c> → <c>rights.forbidden</c>, <c>rights.stale</c>).</param>
public sealed record CaseFileRecordKind(string Code, AuditEventType Viewed, AuditEventType Updated, string ForbiddenTitle, string StaleDetail);

/// <summary>
/// The shared shape of a case file record: the holding agency (and a lead agency) reads within
/// <see cref="CaseScoping.VisibleTo"/>, case managers write, the coordinator reads (no identifying data in these
/// records); every read and write is audited; a replace is checked against the version read (If-Match, or the
/// page's hidden field) and answers a <see cref="WriteResult{T}"/>. A feature says how to validate, store and show.
/// </summary>
public abstract class CaseFileRecordService<TRecord, TInput, TView>(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock)
    where TRecord : class, ICaseFileRecord, new()
    where TView : class
{
    protected PasserelleDbContext Db => db;

    protected abstract CaseFileRecordKind Kind { get; }

    public DateOnly Today => clock.Today();

    public async Task<TView?> GetAsync(Guid caseId, CancellationToken ct)
    {
        var reference = await ReferenceAsync(caseId, ct);
        if (reference is null)
        {
            return null;
        }

        audit.Record(Kind.Viewed, caseId);
        await audit.CommitAsync(cancellationToken: ct);
        return await ViewAsync(caseId, reference, ct);
    }

    /// <param name="expected">The version read (0 before the first save): a concurrent change answers 412.</param>
    public async Task<WriteResult<TView>> ReplaceAsync(Guid caseId, TInput input, IfMatch expected, CancellationToken ct)
    {
        var reference = await ReferenceAsync(caseId, ct);
        if (reference is null)
        {
            return WriteError.NotFound();
        }

        if (!CaseFileRecordApi.MayWrite(user))
        {
            return WriteError.Forbidden($"{Kind.Code}.forbidden", Kind.ForbiddenTitle);
        }

        var errors = await ValidateAsync(caseId, input, Today, ct);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, $"{Kind.Code}.invalid");
        }

        var record = await db.Set<TRecord>().FirstOrDefaultAsync(r => r.CaseId == caseId, ct);
        if ((record?.Version ?? 0) != expected.Version)
        {
            return WriteError.Stale($"{Kind.Code}.stale", Kind.StaleDetail);
        }

        if (record is null)
        {
            record = new TRecord { CaseId = caseId };
            db.Set<TRecord>().Add(record);
        }

        var detail = await ApplyAsync(caseId, record, input, ct);
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        record.UpdatedBy = user.Id;
        // Touch the record even when only the rows change, so its version (the ETag) moves.
        db.Entry(record).State = db.Entry(record).State == EntityState.Added ? EntityState.Added : EntityState.Modified;

        audit.Record(Kind.Updated, caseId, $"{reference} {detail}");
        await audit.CommitAsync(cancellationToken: ct);
        return await ViewAsync(caseId, reference, ct);
    }

    /// <summary>The field errors of the input for this case (some rules depend on the case), by camelCase field; none when it may be stored.</summary>
    protected abstract Task<Dictionary<string, string[]>> ValidateAsync(Guid caseId, TInput input, DateOnly today, CancellationToken ct);

    /// <summary>Copies the input to the record and replaces its rows; answers what the audit entry says of the change.</summary>
    protected abstract Task<string> ApplyAsync(Guid caseId, TRecord record, TInput input, CancellationToken ct);

    protected abstract Task<TView> ViewAsync(Guid caseId, string reference, CancellationToken ct);

    /// <summary>Deletes the case's rows of one kind and adds the new ones.</summary>
    protected async Task ReplaceRowsAsync<TRow>(Guid caseId, IEnumerable<TRow> rows, CancellationToken ct)
        where TRow : class, ICaseFact
    {
        var set = db.Set<TRow>();
        set.RemoveRange(await set.Where(r => r.CaseId == caseId).ToListAsync(ct));
        set.AddRange(rows);
    }

    private Task<string?> ReferenceAsync(Guid caseId, CancellationToken ct) =>
        db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(ct);
}

/// <summary>
/// The API of a case file record: <c>GET</c> answers the view with its ETag, <c>PUT</c> takes an
/// <see cref="IfMatch"/> (required: 428/412) and answers through <see cref="ApiAnswers"/>. Each feature maps its two
/// routes with these, on concrete types (the OpenAPI description reads them).
/// </summary>
public static class CaseFileRecordApi
{
    /// <summary>Case managers write case file records; others of the holding agency read them.</summary>
    public static bool MayWrite(CurrentUser user) => user.IsSignedIn && user.Role == Role.CaseManager;

    public static async Task<Results<Ok<TView>, ProblemHttpResult>> GetAsync<TRecord, TInput, TView>(
        CaseFileRecordService<TRecord, TInput, TView> service, Guid id, HttpResponse response, CancellationToken ct)
        where TRecord : class, ICaseFileRecord, new()
        where TView : class, IVersionedView =>
        ApiAnswers.Read(await service.GetAsync(id, ct), response, view => view.Version);

    public static async Task<Results<Ok<TView>, ProblemHttpResult>> PutAsync<TRecord, TInput, TView>(
        CaseFileRecordService<TRecord, TInput, TView> service, Guid id, TInput input, IfMatch ifMatch, HttpResponse response, CancellationToken ct)
        where TRecord : class, ICaseFileRecord, new()
        where TView : class, IVersionedView =>
        ApiAnswers.Ok(await service.ReplaceAsync(id, input, ifMatch, ct), response, view => view.Version);
}

/// <summary>A view of a versioned resource: its version is the ETag.</summary>
public interface IVersionedView
{
    int Version { get; }
}

/// <summary>
/// The page of a case file record: shows the record (404 outside the user's scope), posts it with the version
/// read, and shows the refusal in <c>ModelState</c> (<see cref="PageAnswers"/>). A feature reads its form into an
/// input (adding its own field errors to <c>ModelState</c>) and loads a view into its form.
/// </summary>
public abstract class CaseFileRecordPage<TService, TRecord, TInput, TView>(TService service, CurrentUser me) : PageModel
    where TService : CaseFileRecordService<TRecord, TInput, TView>
    where TRecord : class, ICaseFileRecord, new()
    where TView : class
{
    [BindProperty] public int Version { get; set; }

    public Guid CaseId { get; protected set; }

    public string Reference { get; protected set; } = "";

    public bool CanWrite => CaseFileRecordApi.MayWrite(me);

    /// <summary>The messages by field (camelCase keys, as in the API).</summary>
    public Dictionary<string, string[]> Errors => ModelState.FieldErrors(withForm: false);

    /// <summary>The message of a refusal that is not about one field (a stale version), or null.</summary>
    public string? Error => ModelState.FormError();

    /// <summary>The key of the notice shown after a save (<c>TempData["Notice"]</c>).</summary>
    protected abstract string Notice { get; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } view)
        {
            return NotFound();
        }

        CaseId = id;
        Load(view);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!me.CanWriteCases)
        {
            return Forbid();
        }

        CaseId = id;
        var input = ReadForm();
        if (input is not null)
        {
            var result = await service.ReplaceAsync(id, input, IfMatch.FromForm(Version), ct);
            if (result.Succeeded)
            {
                TempData["Notice"] = Notice;
                return RedirectToPage(new { id });
            }

            if (this.Refused(result.Error) is { } refused)
            {
                return refused;
            }
        }

        if (await service.GetAsync(id, ct) is not { } current)
        {
            return NotFound();
        }

        Reference = GetReference(current);
        Reloaded(current);
        return Page();
    }

    /// <summary>The input the form holds, or null when the form itself is wrong (its errors added to <c>ModelState</c>).</summary>
    protected abstract TInput? ReadForm();

    /// <summary>Fills the form from a view (and <see cref="Reference"/>, <see cref="Version"/>).</summary>
    protected abstract void Load(TView view);

    /// <summary>After a refused post: what the page shows again from the stored record, beside the form as typed.</summary>
    protected virtual void Reloaded(TView current)
    {
    }

    protected abstract string GetReference(TView view);
}
