using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Qualification;
using Passerelle.Web.Features.Screenings;
using Passerelle.Web.Features.Users;

namespace Passerelle.Web.Platform.Persistence;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.Property(a => a.Name).HasMaxLength(200);
        agency.HasIndex(a => a.Name).IsUnique();
        agency.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
        agency.Property(a => a.Departement).HasMaxLength(3);
        agency.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.Role).HasConversion<string>().HasMaxLength(40);
        user.Property(u => u.Language).HasMaxLength(5);
        user.HasOne(u => u.Agency).WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    private static readonly JsonSerializerOptions PlacesJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Case> @case)
    {
        @case.HasIndex(c => new { c.ReferenceYear, c.ReferenceNumber }).IsUnique();
        @case.Property(c => c.Reference).HasMaxLength(20);
        @case.HasIndex(c => c.Reference).IsUnique();
        @case.Property(c => c.Pseudonym).HasMaxLength(60);
        @case.Property(c => c.PseudonymSearch).HasMaxLength(60);
        @case.HasIndex(c => c.PseudonymSearch);
        @case.Property(c => c.Sex).HasConversion<string>().HasMaxLength(10);
        @case.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        @case.Property(c => c.ClosureReason).HasConversion<string>().HasMaxLength(20);
        @case.HasIndex(c => new { c.Status, c.ErasedAt });
        @case.Property(c => c.Nationality).HasMaxLength(2);
        @case.Property(c => c.Departement).HasMaxLength(3);
        @case.Property(c => c.RecruitmentMeans).HasConversion<string>().HasMaxLength(30);
        @case.PrimitiveCollection(c => c.ExploitationForms).ElementType().HasConversion<string>();
        @case.PrimitiveCollection(c => c.MethodsOfControl).ElementType().HasConversion<string>();
        @case.PrimitiveCollection(c => c.SexExploitationTypes).ElementType().HasConversion<string>();
        @case.Property(c => c.ForcedLabourIndustry).HasConversion<string>().HasMaxLength(60);
        // One JSON text on both databases: the places are read and written with the case, never queried alone.
        @case.Property(c => c.Places).HasConversion(
            places => JsonSerializer.Serialize(places, PlacesJson),
            json => string.IsNullOrEmpty(json) ? new List<StoredPlace>() : JsonSerializer.Deserialize<List<StoredPlace>>(json, PlacesJson) ?? new List<StoredPlace>(),
            new ValueComparer<List<StoredPlace>>(
                (a, b) => a!.SequenceEqual(b!),
                places => places.Aggregate(0, (hash, place) => HashCode.Combine(hash, place.GetHashCode())),
                places => places.ToList()));
        @case.Property(c => c.ImportKey).HasMaxLength(64);
        @case.HasIndex(c => new { c.AgencyId, c.ImportKey }).IsUnique();
        @case.Property(c => c.LegalNameIndex).HasMaxLength(64);
        @case.HasIndex(c => c.LegalNameIndex);
        @case.HasIndex(c => new { c.AgencyId, c.CreatedAt });
        @case.HasIndex(c => c.PersonKey);
        @case.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        @case.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        // Stored as the stable numeric code, never as a name.
        entry.Property(e => e.EventType).HasConversion<int>();
        entry.Property(e => e.UserEmail).HasMaxLength(256);
        entry.Property(e => e.RemoteAddress).HasMaxLength(64);
        entry.Property(e => e.Details).HasMaxLength(2000);
        entry.Property(e => e.PreviousHash).HasMaxLength(64);
        entry.Property(e => e.Hash).HasMaxLength(64);
        entry.HasIndex(e => e.CaseId);
        entry.HasIndex(e => e.UserId);
        entry.HasIndex(e => e.OccurredAt);
    }
}

internal sealed class AuditOutboxEntryConfiguration : IEntityTypeConfiguration<AuditOutboxEntry>
{
    public void Configure(EntityTypeBuilder<AuditOutboxEntry> entry)
    {
        entry.ToTable("AuditOutbox");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        entry.Property(e => e.EventType).HasConversion<int>();
        entry.Property(e => e.UserEmail).HasMaxLength(256);
        entry.Property(e => e.RemoteAddress).HasMaxLength(64);
        entry.Property(e => e.Details).HasMaxLength(2000);
    }
}

internal sealed class PublishedCatalogueConfiguration : IEntityTypeConfiguration<PublishedCatalogue>
{
    public void Configure(EntityTypeBuilder<PublishedCatalogue> catalogue)
    {
        catalogue.HasKey(c => c.Version);
        catalogue.Property(c => c.Version).HasMaxLength(64);
        catalogue.HasIndex(c => c.PublishedAt);
    }
}

internal sealed class CaseScreeningConfiguration : IEntityTypeConfiguration<CaseScreening>
{
    public void Configure(EntityTypeBuilder<CaseScreening> screening)
    {
        screening.Property(s => s.CatalogueVersion).HasMaxLength(64);
        screening.Property(s => s.Population).HasConversion<string>().HasMaxLength(10);
        screening.Property(s => s.PopulationBasis).HasConversion<string>().HasMaxLength(20);
        screening.Property(s => s.Exploitation).HasConversion<string>().HasMaxLength(10);
        screening.Property(s => s.Verdict).HasConversion<string>().HasMaxLength(20);
        screening.HasIndex(s => new { s.CaseId, s.ScreenedAt });
        screening.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseQualificationConfiguration : IEntityTypeConfiguration<CaseQualification>
{
    public void Configure(EntityTypeBuilder<CaseQualification> qualification)
    {
        qualification.HasIndex(q => new { q.CaseId, q.RecordedAt });
        qualification.HasOne<Case>().WithMany().HasForeignKey(q => q.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IdentificationStepConfiguration : IEntityTypeConfiguration<IdentificationStep>
{
    public void Configure(EntityTypeBuilder<IdentificationStep> step)
    {
        step.Property(s => s.Stage).HasConversion<string>().HasMaxLength(5);
        step.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(10);
        step.Property(s => s.Basis).HasConversion<string>().HasMaxLength(40);
        step.HasIndex(s => new { s.CaseId, s.Stage });
        step.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
