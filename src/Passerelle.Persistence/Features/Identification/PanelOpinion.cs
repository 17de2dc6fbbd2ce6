using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Domain.Agencies;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.Identification;

/// <summary>
/// One panel member's own view on a request, with reasons: who, from which agency (and its type when the view was
/// given), positive or negative, when. The panel decides from these (<see cref="Domain.Identification.PanelConsensusRules"/>);
/// a dissenting view stays on record. Reasons may describe the person: encrypted.
/// </summary>
public sealed class PanelOpinion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid StepId { get; init; }
    public Guid CaseId { get; init; }
    public Guid UserId { get; init; }
    public Guid AgencyId { get; init; }
    public AgencyType AgencyType { get; init; }
    public DecisionOutcome Outcome { get; init; }
    public string? ProtectedReasons { get; init; }

    /// <summary>The day the member formed the view (defaults to the day it was recorded).</summary>
    public DateOnly GivenOn { get; init; }

    public DateTime RecordedAt { get; init; }
}

internal sealed class PanelOpinionConfiguration : IEntityTypeConfiguration<PanelOpinion>
{
    public void Configure(EntityTypeBuilder<PanelOpinion> opinion)
    {
        opinion.Property(o => o.AgencyType).HasConversion<string>().HasMaxLength(30);
        opinion.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(10);
        // One view per member and request.
        opinion.HasIndex(o => new { o.StepId, o.UserId }).IsUnique();
        opinion.HasIndex(o => o.CaseId);
        opinion.HasOne<IdentificationStep>().WithMany().HasForeignKey(o => o.StepId).OnDelete(DeleteBehavior.Restrict);
        opinion.HasOne<Case>().WithMany().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
