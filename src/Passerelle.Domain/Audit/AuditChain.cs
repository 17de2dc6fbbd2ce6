using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Domain.Audit;

/// <summary>
/// Hash chain over the audit log: each entry's hash covers its own fields and the previous entry's hash, so
/// changing, removing or reordering any entry breaks every hash after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the very first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static DateTime Normalise(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    public static string ComputeHash(string previousHash, AuditRecord record)
    {
        var canonical = string.Join('\u001f',
            previousHash,
            record.Sequence.ToString(CultureInfo.InvariantCulture),
            record.OccurredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            ((int)record.EventType).ToString(CultureInfo.InvariantCulture),
            record.UserId?.ToString("D") ?? "",
            record.UserEmail ?? "",
            record.AgencyId?.ToString("D") ?? "",
            record.CaseId?.ToString("D") ?? "",
            record.RemoteAddress ?? "",
            record.Details ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// Checks entries given in sequence order. Returns the sequence number of the first entry that does not
    /// match its predecessor, or null when the whole chain holds.
    /// </summary>
    public static ChainVerdict Verify(IEnumerable<(AuditRecord Record, string PreviousHash, string Hash)> entries)
    {
        var expectedPrevious = Genesis;
        long expectedSequence = 1;
        long count = 0;
        foreach (var (record, previousHash, hash) in entries)
        {
            if (record.Sequence != expectedSequence || previousHash != expectedPrevious
                || ComputeHash(previousHash, record) != hash)
            {
                return new ChainVerdict(false, count, record.Sequence);
            }

            expectedPrevious = hash;
            expectedSequence++;
            count++;
        }

        return new ChainVerdict(true, count, null);
    }
}

/// <summary>The result of a chain verification: how many entries held, and where the chain broke if it did.</summary>
public sealed record ChainVerdict(bool Intact, long EntriesVerified, long? BrokenAtSequence);
