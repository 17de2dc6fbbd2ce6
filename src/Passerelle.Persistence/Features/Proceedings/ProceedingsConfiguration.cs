using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.Proceedings;

internal sealed class CaseProceedingsConfiguration : IEntityTypeConfiguration<CaseProceedings>
{
    public void Configure(EntityTypeBuilder<CaseProceedings> proceedings)
    {
        proceedings.HasKey(p => p.CaseId);
        proceedings.Property(p => p.Version).IsConcurrencyToken();
        proceedings.Property(p => p.Unit).HasConversion<string>().HasMaxLength(15);
        proceedings.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        proceedings.Property(p => p.AccusedStatus).HasConversion<string>().HasMaxLength(15);
        proceedings.Property(p => p.NonPunishmentOutcome).HasConversion<string>().HasMaxLength(20);
        proceedings.Property(p => p.OtherUnit).HasMaxLength(Domain.Proceedings.ProceedingsRules.NameMaxLength);
        proceedings.Property(p => p.SentenceFine).HasPrecision(14, 2);
        proceedings.Property(p => p.SentenceOther).HasMaxLength(500);
        proceedings.HasOne<Case>().WithOne().HasForeignKey<CaseProceedings>(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConfiscationConfiguration : IEntityTypeConfiguration<Confiscation>
{
    public void Configure(EntityTypeBuilder<Confiscation> confiscation)
    {
        confiscation.ToTable("ProceedingsConfiscations");
        confiscation.Property(c => c.Amount).HasPrecision(14, 2);
        confiscation.Property(c => c.Description).HasMaxLength(500);
        confiscation.HasIndex(c => c.CaseId);
        confiscation.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CompensationClaimConfiguration : IEntityTypeConfiguration<CompensationClaim>
{
    public void Configure(EntityTypeBuilder<CompensationClaim> claim)
    {
        claim.Property(c => c.Body).HasConversion<string>().HasMaxLength(10);
        claim.Property(c => c.AmountClaimed).HasPrecision(14, 2);
        claim.Property(c => c.AmountGranted).HasPrecision(14, 2);
        claim.HasIndex(c => c.CaseId);
        claim.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
