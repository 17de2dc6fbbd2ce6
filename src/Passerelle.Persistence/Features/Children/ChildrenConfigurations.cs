using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Alerts;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.FocalPoint;

namespace Passerelle.Web.Features.Children;

internal sealed class ChildProtectionRecordConfiguration : IEntityTypeConfiguration<ChildProtectionRecord>
{
    public void Configure(EntityTypeBuilder<ChildProtectionRecord> record)
    {
        record.HasKey(r => r.CaseId);
        record.HasOne<Case>().WithOne(c => c.ChildProtection).HasForeignKey<ChildProtectionRecord>(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        record.HasOne<Agency>().WithMany().HasForeignKey(r => r.LeadAgencyId).OnDelete(DeleteBehavior.Restrict);
        record.HasIndex(r => r.LeadAgencyId);
        record.Property(r => r.GuardianKind).HasConversion<string>().HasMaxLength(30);
        record.Property(r => r.SolutionType).HasConversion<string>().HasMaxLength(20);
        record.Property(r => r.SolutionCountry).HasMaxLength(2);
        record.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class AgeAssessmentRecordConfiguration : IEntityTypeConfiguration<AgeAssessmentRecord>
{
    public void Configure(EntityTypeBuilder<AgeAssessmentRecord> assessment)
    {
        assessment.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        assessment.Property(a => a.Method).HasConversion<string>().HasMaxLength(30);
        assessment.Property(a => a.Result).HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.AssessedBy).HasMaxLength(200);
    }
}

internal sealed class BestInterestsRecordConfiguration : IEntityTypeConfiguration<BestInterestsRecord>
{
    public void Configure(EntityTypeBuilder<BestInterestsRecord> determination) =>
        determination.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class MissingEpisodeRecordConfiguration : IEntityTypeConfiguration<MissingEpisodeRecord>
{
    public void Configure(EntityTypeBuilder<MissingEpisodeRecord> episode)
    {
        episode.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        episode.HasIndex(e => e.ReportedOn);
        episode.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        episode.Property(e => e.LastSeenAt).HasMaxLength(500);
        episode.Property(e => e.ReportedBy).HasMaxLength(200);
        episode.Property(e => e.FoundWhere).HasMaxLength(500);
        episode.Property(e => e.ClosingReason).HasMaxLength(1000);
    }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> alert)
    {
        alert.HasIndex(a => new { a.UserId, a.ReadAt });
        alert.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        alert.Property(a => a.CaseReference).HasMaxLength(20);
    }
}

internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> enquiry)
    {
        enquiry.Property(e => e.Country).HasMaxLength(2);
        enquiry.Property(e => e.Authority).HasMaxLength(200);
        enquiry.HasIndex(e => e.DueOn);
        enquiry.HasIndex(e => e.LinkedCaseId);
        enquiry.Property(e => e.Version).IsConcurrencyToken();
    }
}
