using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Features.Linkage;

public sealed class LinkageRunConfiguration : IEntityTypeConfiguration<LinkageRun>
{
    public void Configure(EntityTypeBuilder<LinkageRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => r.StartedAt);
    }
}

public sealed class LinkagePairConfiguration : IEntityTypeConfiguration<LinkagePair>
{
    public void Configure(EntityTypeBuilder<LinkagePair> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.LeftCaseId, p.RightCaseId }).IsUnique();
        builder.HasIndex(p => p.Status);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Explanation).HasMaxLength(4000);
        builder.Ignore(p => p.IsDecided);
        builder.Ignore(p => p.KeepsApart);
    }
}
