using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.Rights;

internal sealed class CaseRightsConfiguration : IEntityTypeConfiguration<CaseRights>
{
    public void Configure(EntityTypeBuilder<CaseRights> rights)
    {
        rights.HasKey(r => r.CaseId);
        rights.Property(r => r.Version).IsConcurrencyToken();
        rights.HasOne<Case>().WithOne().HasForeignKey<CaseRights>(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResidencePermitConfiguration : IEntityTypeConfiguration<ResidencePermit>
{
    public void Configure(EntityTypeBuilder<ResidencePermit> permit)
    {
        permit.Property(p => p.Kind).HasConversion<string>().HasMaxLength(15);
        permit.Property(p => p.MinorDeclaration).HasConversion<string>().HasMaxLength(15);
        permit.HasIndex(p => p.CaseId);
        permit.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProvisionalAuthorisationConfiguration : IEntityTypeConfiguration<ProvisionalAuthorisation>
{
    public void Configure(EntityTypeBuilder<ProvisionalAuthorisation> aps)
    {
        aps.HasIndex(a => a.CaseId);
        aps.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExitPathwayApplicationConfiguration : IEntityTypeConfiguration<ExitPathwayApplication>
{
    public void Configure(EntityTypeBuilder<ExitPathwayApplication> application)
    {
        application.HasIndex(a => a.CaseId);
        application.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
