using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// The answer to one <c>Idempotency-Key</c> of one user, kept 24 hours: the hash of the request it answered, and
/// the answer itself (status, <c>Location</c>, content type, body) encrypted with Data Protection, since a create's
/// answer may name the person.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The longest key accepted (<c>IdempotencyKeys</c> refuses longer ones).</summary>
    public const int MaxKeyLength = 200;

    public Guid UserId { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the method, path and query, content type and body of the request.</summary>
    public required string RequestHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>The answer's status; 0 while the request is being served.</summary>
    public int Status { get; set; }

    public string? ProtectedAnswer { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.HasKey(r => new { r.UserId, r.Key });
        record.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.HasIndex(r => r.ExpiresAt);
    }
}
