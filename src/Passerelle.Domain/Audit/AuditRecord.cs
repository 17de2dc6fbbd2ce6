namespace Passerelle.Domain.Audit;

/// <summary>
/// The fields of an audit entry that its hash covers. <see cref="OccurredAt"/> is UTC, truncated to whole
/// microseconds so that every database stores and returns it exactly.
/// </summary>
public sealed record AuditRecord(
    long Sequence,
    DateTime OccurredAt,
    AuditEventType EventType,
    Guid? UserId,
    string? UserEmail,
    Guid? AgencyId,
    Guid? CaseId,
    string? RemoteAddress,
    string? Details);
