using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// One deadline of a case as last derived from its facts (<see cref="DeadlineRecomputer"/>). Never edited by hand.
/// Open while <see cref="MetOn"/> is null; overdue or due this week is a matter of today's date, decided on reading.
/// </summary>
public sealed class CaseDeadline
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DeadlineRule Rule { get; init; }

    /// <summary>Which permit, enquiry or episode it belongs to when a case can have several; empty otherwise.</summary>
    public string Reference { get; init; } = "";

    public DateOnly From { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? MetOn { get; set; }

    public Deadline ToDomain() => new(Rule, From, DueOn, MetOn, Reference.Length == 0 ? null : Reference);
}

internal sealed class CaseDeadlineConfiguration : IEntityTypeConfiguration<CaseDeadline>
{
    public void Configure(EntityTypeBuilder<CaseDeadline> deadline)
    {
        deadline.Property(d => d.Rule).HasConversion<string>().HasMaxLength(30);
        deadline.Property(d => d.Reference).HasMaxLength(60);
        deadline.HasIndex(d => new { d.CaseId, d.Rule, d.Reference }).IsUnique();
        deadline.HasIndex(d => new { d.MetOn, d.DueOn });
        deadline.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
