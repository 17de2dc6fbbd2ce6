using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.LegalSteps;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.LegalSteps;

/// <summary>
/// One legal step taken for a case (information on rights, receipt request, report to the prosecutor, child-protection
/// channels, safe relocation), append-only: who recorded it, from which agency, and for a report the prosecutor's answer.
/// </summary>
public sealed class LegalStepRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public LegalStepKind Kind { get; init; }
    public DateOnly On { get; init; }
    public string? Language { get; init; }
    public bool? Interpreter { get; init; }
    public string? Recipient { get; init; }

    /// <summary>R.425-1: who gave the information on rights (the service and officer), for that step only.</summary>
    public string? InformedBy { get; init; }
    public ProsecutorOutcome? Outcome { get; set; }
    public DateOnly? OutcomeOn { get; set; }

    /// <summary>A danger assessment's level (safe relocation, seed 000 ¶44).</summary>
    public DangerLevel? Level { get; init; }

    /// <summary>A confidential placement's place, encrypted by <see cref="Platform.Security.CaseIdentityProtector"/> like the identity.</summary>
    public string? ProtectedPlace { get; init; }
    public Guid RecordedBy { get; init; }
    public Guid AgencyId { get; init; }
    public AgencyType AgencyType { get; init; }
    public DateTime RecordedAt { get; init; }
}

internal sealed class LegalStepRecordConfiguration : IEntityTypeConfiguration<LegalStepRecord>
{
    public void Configure(EntityTypeBuilder<LegalStepRecord> step)
    {
        step.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        step.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(30);
        step.Property(s => s.AgencyType).HasConversion<string>().HasMaxLength(30);
        step.Property(s => s.Level).HasConversion<string>().HasMaxLength(30);
        step.Property(s => s.Language).HasMaxLength(3);
        step.Property(s => s.Recipient).HasMaxLength(LegalStepRules.MaxRecipient);
        step.Property(s => s.InformedBy).HasMaxLength(LegalStepRules.MaxInformedBy);
        step.HasIndex(s => new { s.CaseId, s.On });
        step.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
