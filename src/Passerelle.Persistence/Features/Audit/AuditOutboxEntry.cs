using Passerelle.Domain.Audit;

namespace Passerelle.Web.Features.Audit;

/// <summary>
/// An audit entry written in the same transaction as the change it records, not chained yet: the
/// <c>AuditChainer</c> (web host) moves it into <see cref="AuditEntry"/> (numbered, HMAC-chained) and deletes it in one
/// transaction, usually within milliseconds (docs/ARCHITECTURE.md "Audit: outbox and chaining writer").
/// </summary>
public sealed class AuditOutboxEntry
{
    /// <summary>Database-generated; the chaining order of the rows one round finds.</summary>
    public long Id { get; init; }
    public DateTime OccurredAt { get; init; }
    public AuditEventType EventType { get; init; }
    public Guid? UserId { get; init; }
    public string? UserEmail { get; init; }
    public Guid? AgencyId { get; init; }
    public Guid? CaseId { get; init; }
    public string? RemoteAddress { get; init; }
    public string? Details { get; init; }
}
