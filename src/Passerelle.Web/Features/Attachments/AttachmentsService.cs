using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Attachments;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Timeline;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Attachments;

/// <param name="FileName">The name it was sent with; null for a reader who may not read the case's identity.</param>
public sealed record AttachmentView(Guid Id, string? FileName, string ContentType, long Size, DateTime UploadedAt, ActorView UploadedBy);

/// <summary>The bytes of an attachment, decrypted, with the name and type it is downloaded as.</summary>
public sealed record AttachmentContent(string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// Documents of a case, under the same rules as its identifying fields: the agency holding the case adds and opens
/// them (<see cref="CaseOperations.UpdateIdentity"/>, <see cref="CaseOperations.ReadIdentity"/>); others who read the
/// case file see that a document exists (type, size, date, role and agency of who added it), not its name or content.
/// The type is decided by the content (<see cref="FileSignature"/>), the size is capped (<c>Attachments:MaxBytes</c>,
/// 10 MB), content and name are encrypted under the case (<see cref="CaseIdentityProtector.ProtectFor"/>), and every
/// upload, listing and download is audited.
/// </summary>
public sealed class AttachmentsService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, CaseGuard guard, CaseIdentityProtector protector,
    CaseActors actors, IConfiguration configuration)
{
    /// <summary>The purpose, under the case, of a document's content (<see cref="CaseIdentityProtector.ProtectFor"/>).</summary>
    public const string ContentPurpose = "attachment";
    private const string NamePurpose = "attachment-name";
    private const int MaxFileNameLength = 200;

    public long MaxBytes => configuration.GetValue("Attachments:MaxBytes", 10L * 1024 * 1024);

    public async Task<PagedList<AttachmentView>?> ListAsync(Guid caseId, Paging paging, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.ReadFile).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return null;
        }

        audit.Record(AuditEventType.AttachmentsViewed, caseId, found.Reference);
        await audit.CommitAsync(cancellationToken: ct);
        return await ViewsAsync(found, paging, ct);
    }

    /// <summary>The case's documents as this reader may see them, newest first (no audit: the caller records its read).</summary>
    public async Task<IReadOnlyList<AttachmentView>> ViewsAsync(Case found, CancellationToken ct) => (await ViewsAsync(found, Paging.All, ct)).Items;

    private async Task<PagedList<AttachmentView>> ViewsAsync(Case found, Paging paging, CancellationToken ct)
    {
        var rows = await db.Set<CaseAttachment>().AsNoTracking().Where(a => a.CaseId == found.Id)
            .OrderByDescending(a => a.UploadedAt).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Kind, a.Size, a.ProtectedFileName, a.UploadedAt, a.UploadedBy, a.AgencyId })
            .ToPageAsync(paging, ct);
        var readsNames = await guard.MayAsync(found, CaseOperations.ReadIdentity, ct);
        var actor = await actors.ResolveAsync(rows.Items.Select(r => (Guid?)r.UploadedBy), rows.Items.Select(r => (Guid?)r.AgencyId), readsNames, ct);
        return rows.Select(r => new AttachmentView(r.Id, readsNames ? protector.UnprotectTextFor(found.Id, NamePurpose, r.ProtectedFileName) : null,
            FileSignature.ContentType(r.Kind), r.Size, r.UploadedAt, actor(r.UploadedBy, r.AgencyId)));
    }

    /// <summary>Stores a document sent as <paramref name="fileName"/>; its declared type is not even asked for.</summary>
    public async Task<WriteResult<AttachmentView>> AddAsync(Guid caseId, string? fileName, byte[] content, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.Update).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        if (!await guard.MayAsync(found, CaseOperations.UpdateIdentity, ct))
        {
            return WriteError.Forbidden("attachment.forbidden", ProblemTexts.AttachmentsForbidden);
        }

        if (content.Length == 0)
        {
            return WriteError.Invalid("file", ProblemTexts.AttachmentEmpty, "attachment.empty");
        }

        if (FileSignature.Detect(content) is not { } kind)
        {
            return new WriteError(WriteFailure.Invalid, "attachment.type", ProblemTexts.AttachmentType, ProblemTexts.AttachmentTypeDetail,
                new Dictionary<string, string[]> { ["file"] = [ProblemTexts.AttachmentType] });
        }

        var name = CleanName(fileName, kind);
        var attachment = new CaseAttachment
        {
            CaseId = caseId,
            Kind = kind,
            Size = content.LongLength,
            ProtectedFileName = protector.ProtectTextFor(caseId, NamePurpose, name),
            ProtectedContent = protector.ProtectFor(caseId, ContentPurpose, content),
            UploadedBy = user.Id,
            AgencyId = user.AgencyId,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attachment);
        // The name may identify the person: the audit entry carries the id, type and size only.
        audit.Record(AuditEventType.AttachmentAdded, caseId, $"{found.Reference} attachment={attachment.Id} type={FileSignature.ContentType(kind)} size={content.Length}");
        await audit.CommitAsync(cancellationToken: ct);
        var actor = await actors.ResolveAsync([user.Id], [user.AgencyId], true, ct);
        return Write.Created(new AttachmentView(attachment.Id, name, FileSignature.ContentType(kind), attachment.Size, attachment.UploadedAt, actor(user.Id, user.AgencyId)));
    }

    /// <summary>The decrypted document, audited; null when the case or the document is out of reach (404).</summary>
    public async Task<WriteResult<AttachmentContent>> OpenAsync(Guid caseId, Guid attachmentId, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.ReadFile).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        if (!await guard.MayAsync(found, CaseOperations.ReadIdentity, ct))
        {
            return WriteError.Forbidden("attachment.forbidden", ProblemTexts.AttachmentsForbidden);
        }

        var attachment = await db.Set<CaseAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, ct);
        if (attachment is null)
        {
            return WriteError.NotFound("attachment.not-found");
        }

        audit.Record(AuditEventType.AttachmentDownloaded, caseId, $"{found.Reference} attachment={attachment.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        return new AttachmentContent(
            protector.UnprotectTextFor(caseId, NamePurpose, attachment.ProtectedFileName),
            FileSignature.ContentType(attachment.Kind),
            protector.UnprotectFor(caseId, ContentPurpose, attachment.ProtectedContent));
    }

    /// <summary>The name without any path or control character, with the extension of what the file really is.</summary>
    private static string CleanName(string? fileName, AttachmentKind kind)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        var stem = Path.GetFileNameWithoutExtension(name);
        if (stem.Length == 0)
        {
            stem = "document";
        }

        var extension = FileSignature.Extension(kind);
        stem = stem.Length > MaxFileNameLength - extension.Length ? stem[..(MaxFileNameLength - extension.Length)] : stem;
        return stem + extension;
    }
}
