using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.Referrals;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> provider)
    {
        provider.Property(p => p.Name).HasMaxLength(Provider.NameMaxLength);
        provider.Property(p => p.Departement).HasMaxLength(3);
        provider.PrimitiveCollection(p => p.Services).ElementType().HasConversion<string>();
        provider.PrimitiveCollection(p => p.AcceptedSexes).ElementType().HasConversion<string>();
        provider.PrimitiveCollection(p => p.Languages);
        provider.HasIndex(p => p.Departement);
        provider.HasIndex(p => p.AgencyId);
        provider.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        provider.Property(p => p.Version).IsConcurrencyToken();
        provider.ToTable(t => t.HasCheckConstraint("CK_Providers_Places", "\"PlacesOccupied\" >= 0 AND \"PlacesOccupied\" <= \"PlacesTotal\""));
    }
}

internal sealed class CapacityReportConfiguration : IEntityTypeConfiguration<CapacityReport>
{
    public void Configure(EntityTypeBuilder<CapacityReport> report)
    {
        report.HasIndex(r => new { r.ProviderId, r.ReportedAt });
        report.HasOne<Provider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseReferralConfiguration : IEntityTypeConfiguration<CaseReferral>
{
    public void Configure(EntityTypeBuilder<CaseReferral> referral)
    {
        referral.Property(r => r.Service).HasConversion<string>().HasMaxLength(40);
        referral.Property(r => r.Population).HasConversion<string>().HasMaxLength(10);
        referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        referral.Property(r => r.ConsentLanguage).HasMaxLength(Domain.Referrals.ReferralConsentRules.LanguageMaxLength);
        referral.Property(r => r.ConsentExplainedBy).HasMaxLength(Domain.Referrals.ReferralConsentRules.NameMaxLength);
        referral.Property(r => r.Version).IsConcurrencyToken();
        referral.HasIndex(r => r.CaseId);
        referral.HasIndex(r => new { r.ProviderId, r.Status });
        referral.HasIndex(r => new { r.SentByAgencyId, r.Status });
        referral.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        referral.HasOne<Provider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
