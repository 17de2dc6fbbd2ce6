using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Domain.DataRequests;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.DataProtection;

/// <summary>
/// One request of the person about their data (GDPR art. 15–18, 21), in the register the holding agency keeps to show
/// it answered in time (art. 5(2) accountability, art. 12(3) deadlines). The free texts (how the identity was checked,
/// what is asked, the reason of an extension, the explanation given) may name people: they are encrypted under the
/// case's own purpose, like notes, and erased with the case. The rest — kind, dates, status, ground, the names of the
/// fields rectified — stays in clear, so the register outlives an erasure it records.
/// </summary>
public sealed class DataSubjectRequest : IVersioned
{
    public const int FieldsMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }

    /// <summary>The agency that holds the case when the request is recorded: the controller that answers (and the DPO's view groups by).</summary>
    public Guid AgencyId { get; init; }
    public DataRequestKind Kind { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public DateOnly DueOn { get; set; }
    public DataRequestStatus Status { get; set; } = DataRequestStatus.Received;
    public string? ProtectedIdentityCheck { get; set; }
    public string? ProtectedRequest { get; set; }
    public string? ProtectedExtensionReason { get; set; }
    public DateOnly? ExtendedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public RefusalGround? Ground { get; set; }
    public string? ProtectedExplanation { get; set; }

    /// <summary>The camelCase names of the case fields a rectification changed, comma-separated; never their values.</summary>
    public string? RectifiedFields { get; set; }

    /// <summary>When a granted erasure ran the anonymiser (the case's <c>ErasedAt</c>).</summary>
    public DateTime? ErasedAt { get; set; }
    public Guid RecordedBy { get; init; }
    public DateTime RecordedAt { get; init; }
    public Guid? DecidedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> request)
    {
        request.ToTable("DataSubjectRequests");
        request.Property(r => r.Version).IsConcurrencyToken();
        request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(15);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Ground).HasConversion<string>().HasMaxLength(25);
        request.Property(r => r.RectifiedFields).HasMaxLength(DataSubjectRequest.FieldsMaxLength);
        request.HasIndex(r => new { r.CaseId, r.ReceivedOn });
        request.HasIndex(r => new { r.Status, r.DueOn });
        request.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
