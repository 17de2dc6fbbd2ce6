using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Notes;

/// <summary>
/// A dated, authored note on a case. Its text may name people and places, so it is stored encrypted under the case's
/// own purpose (<see cref="CaseIdentityProtector.ProtectFor"/>). Its author may correct it for a short while
/// (<c>Notes:EditMinutes</c>); after that it is append-only: a correction is a new note.
/// </summary>
public sealed class CaseNote : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public Guid AuthorId { get; init; }

    /// <summary>The author's agency when they wrote it (it stays true if they later move).</summary>
    public Guid AgencyId { get; init; }
    public DateTime WrittenAt { get; init; }
    public DateTime? EditedAt { get; set; }
    public string ProtectedText { get; set; } = "";
    public int Version { get; set; }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> note)
    {
        note.ToTable("CaseNotes");
        note.Property(n => n.Version).IsConcurrencyToken();
        note.HasIndex(n => new { n.CaseId, n.WrittenAt });
        note.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
