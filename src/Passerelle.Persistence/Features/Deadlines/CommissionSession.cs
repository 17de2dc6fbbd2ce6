using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>A session of a département's commission for the exit pathway (commission départementale, Law 2016-444).</summary>
public sealed class CommissionSession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string Departement { get; init; } = "";
    public DateOnly HeldOn { get; init; }
}

internal sealed class CommissionSessionConfiguration : IEntityTypeConfiguration<CommissionSession>
{
    public void Configure(EntityTypeBuilder<CommissionSession> session)
    {
        session.Property(s => s.Departement).HasMaxLength(3);
        session.HasIndex(s => new { s.Departement, s.HeldOn }).IsUnique();
    }
}
