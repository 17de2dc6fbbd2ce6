using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Domain.Attachments;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.Attachments;

/// <summary>
/// A document attached to a case (a consent form, an identity document, a medical certificate). Content and file
/// name are encrypted under the case's own purpose (<see cref="CaseIdentityProtector.ProtectFor"/>) and kept in the
/// database, so a backup holds them with the rest of the case. Append-only.
/// </summary>
public sealed class CaseAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }

    /// <summary>What the content is (<see cref="FileSignature.Detect"/>), whatever the sender declared.</summary>
    public AttachmentKind Kind { get; init; }

    /// <summary>Size of the plaintext in bytes.</summary>
    public long Size { get; init; }
    public string ProtectedFileName { get; init; } = "";
    public byte[] ProtectedContent { get; init; } = [];
    public Guid UploadedBy { get; init; }
    public Guid AgencyId { get; init; }
    public DateTime UploadedAt { get; init; }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> attachment)
    {
        attachment.ToTable("CaseAttachments");
        attachment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        attachment.HasIndex(a => new { a.CaseId, a.UploadedAt });
        attachment.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
