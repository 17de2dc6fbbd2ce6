using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Features.Audit;

/// <summary>The newest entry of the hash chain: what the next entry chains to, what a checkpoint signs, what a backup records.</summary>
public sealed record AuditHead(long Sequence, string Hash)
{
    public static async Task<AuditHead?> ReadAsync(IQueryable<AuditEntry> entries, CancellationToken ct) =>
        await entries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new AuditHead(e.Sequence, e.Hash)).FirstOrDefaultAsync(ct);
}
