using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Features.Audit;

/// <summary>The newest entry of the hash chain: what the next entry chains to, what a checkpoint signs, what a backup records.</summary>
public sealed record AuditHead(long Sequence, string Hash)
{
    public static async Task<AuditHead?> ReadAsync(IQueryable<AuditEntry> entries, CancellationToken ct) =>
        await entries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new AuditHead(e.Sequence, e.Hash)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The head, once its link is checked under <paramref name="key"/>: throws <see cref="AuditKeyMismatchException"/>
    /// when that key did not sign it (a key folder that is not this database's). What chains on, and readiness, ask this.
    /// </summary>
    public static async Task<AuditHead?> ReadSignedAsync(IQueryable<AuditEntry> entries, byte[] key, CancellationToken ct)
    {
        var newest = await entries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
        if (newest is null)
        {
            return null;
        }

        return Domain.Audit.AuditChain.ComputeMac(key, newest.PreviousHash, newest.ToRecord()) == newest.Hash
            ? new AuditHead(newest.Sequence, newest.Hash)
            : throw new AuditKeyMismatchException(newest.Sequence);
    }
}
