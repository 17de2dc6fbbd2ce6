using Passerelle.Domain.Audit;

namespace Passerelle.Web.Features.Audit;

/// <summary>
/// One append-only line of the audit log. <see cref="Hash"/> chains it to the previous entry
/// (<see cref="AuditChain"/>); nothing in the application updates or deletes entries.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; init; }
    public DateTime OccurredAt { get; init; }
    public AuditEventType EventType { get; init; }
    public Guid? UserId { get; init; }
    public string? UserEmail { get; init; }
    public Guid? AgencyId { get; init; }
    public Guid? CaseId { get; init; }
    public string? RemoteAddress { get; init; }

    /// <summary>Non-identifying context (a case reference, a count, a changed field name). Never a person's name.</summary>
    public string? Details { get; init; }

    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }

    public AuditRecord ToRecord() =>
        new(Sequence, OccurredAt, EventType, UserId, UserEmail, AgencyId, CaseId, RemoteAddress, Details);
}
