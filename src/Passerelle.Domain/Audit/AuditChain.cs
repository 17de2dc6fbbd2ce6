using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Domain.Audit;

/// <summary>
/// Hash chain over the audit log: each entry's hash covers its own fields and the previous entry's hash, so
/// changing, removing or reordering any entry breaks every hash after it. The application chains with an
/// HMAC-SHA256 under a key kept outside the database (<see cref="ComputeMac"/>): someone who can write to the
/// database but does not hold the key cannot recompute the chain after rewriting an entry. Truncation (removing
/// the newest entries, restoring an old backup) leaves a valid prefix: checkpoints kept outside the database
/// catch it (see <see cref="ChainVerifier"/>).
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the very first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static DateTime Normalise(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>Plain SHA-256 of the entry and the previous hash (anyone can recompute it: not what the application stores).</summary>
    public static string ComputeHash(string previousHash, AuditRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(previousHash, record)));

    /// <summary>HMAC-SHA256 under <paramref name="key"/> of the entry and the previous hash: what the application stores.</summary>
    public static string ComputeMac(byte[] key, string previousHash, AuditRecord record) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(previousHash, record)));

    private static byte[] Canonical(string previousHash, AuditRecord record)
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
        return Encoding.UTF8.GetBytes(canonical);
    }

    /// <summary>
    /// Checks entries given in sequence order (plain SHA-256 chain). Returns the sequence number of the first entry
    /// that does not match its predecessor, or null when the whole chain holds.
    /// </summary>
    public static ChainVerdict Verify(IEnumerable<(AuditRecord Record, string PreviousHash, string Hash)> entries) =>
        Verify(entries, key: null);

    public static ChainVerdict Verify(IEnumerable<(AuditRecord Record, string PreviousHash, string Hash)> entries, byte[]? key)
    {
        var verifier = new ChainVerifier(key, []);
        foreach (var (record, previousHash, hash) in entries)
        {
            if (!verifier.Add(record, previousHash, hash))
            {
                break;
            }
        }

        return verifier.Verdict();
    }
}

/// <summary>A signed statement, kept outside the database, that the chain had <see cref="Sequence"/> entries ending in <see cref="Hash"/>.</summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTime WrittenAt);

/// <summary>
/// Verifies a chain one entry at a time (so a long log never has to be held in memory) against checkpoints
/// written outside the database: each checkpoint's entry must still carry the hash it had, and the chain must
/// reach at least the newest checkpoint; entries removed from the end, or an old backup restored, fall short.
/// </summary>
public sealed class ChainVerifier(byte[]? key, IReadOnlyList<AuditCheckpoint> checkpoints)
{
    private readonly Dictionary<long, string> expected = checkpoints.GroupBy(c => c.Sequence).ToDictionary(g => g.Key, g => g.Last().Hash);
    private string expectedPrevious = AuditChain.Genesis;
    private long expectedSequence = 1;
    private long count;
    private int checkpointsMatched;
    private long? brokenAt;
    private string? problem;

    public bool Add(AuditRecord record, string previousHash, string hash)
    {
        if (brokenAt is not null)
        {
            return false;
        }

        var computed = key is null ? AuditChain.ComputeHash(previousHash, record) : AuditChain.ComputeMac(key, previousHash, record);
        if (record.Sequence != expectedSequence || previousHash != expectedPrevious || computed != hash)
        {
            brokenAt = record.Sequence;
            problem = record.Sequence != expectedSequence ? $"entry {expectedSequence} is missing" : $"entry {record.Sequence} ({record.EventType}) was altered";
            return false;
        }

        if (expected.TryGetValue(record.Sequence, out var anchored))
        {
            if (anchored != hash)
            {
                brokenAt = record.Sequence;
                problem = $"entry {record.Sequence} differs from the checkpoint";
                return false;
            }

            checkpointsMatched++;
        }

        expectedPrevious = hash;
        expectedSequence++;
        count++;
        return true;
    }

    public ChainVerdict Verdict()
    {
        if (brokenAt is not null)
        {
            return new ChainVerdict(false, count, brokenAt, checkpointsMatched, problem);
        }

        var newest = checkpoints.Count == 0 ? null : checkpoints.MaxBy(c => c.Sequence);
        if (newest is not null && newest.Sequence > count)
        {
            return new ChainVerdict(false, count, count + 1, checkpointsMatched,
                $"the log ends at entry {count} but a checkpoint of {newest.WrittenAt:yyyy-MM-dd HH:mm:ss}Z recorded {newest.Sequence} entries: entries were removed or an old backup restored");
        }

        return new ChainVerdict(true, count, null, checkpointsMatched,
            newest is null ? "no checkpoint to compare with" : null);
    }
}

/// <summary>The result of a chain verification: how many entries held, and where the chain broke if it did.</summary>
/// <remarks><see cref="CheckpointsVerified"/>: checkpoints whose entry was found with the same hash; <see cref="Problem"/>: what is wrong, in English, or a remark.</remarks>
public sealed record ChainVerdict(bool Intact, long EntriesVerified, long? BrokenAtSequence, int CheckpointsVerified = 0, string? Problem = null);
