using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Cases;

/// <summary>
/// Case numbers on PostgreSQL: one sequence a year (<c>case_number_2026</c>), so that a create holds no lock through
/// its save and its durable commit (before, every creation waited for the one before it to commit: 82 creates/s).
/// A creation that fails after drawing its number leaves a hole: a reference identifies a case, it does not count
/// them (statistics count persons from the cases). On SQLite (one writer) the number stays <c>max + 1</c> in the
/// create's transaction: <see cref="NextAsync"/> answers null.
/// </summary>
public sealed class CaseNumbers(PasserelleDbContext db, CaseNumberSequences sequences)
{
    /// <summary>The next number of <paramref name="year"/>, or null where the create numbers itself (SQLite).</summary>
    public async Task<int?> NextAsync(int year, CancellationToken ct)
    {
        if (!db.IsPostgres)
        {
            return null;
        }

        if (year is < 1900 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        var name = $"case_number_{year}";
        if (!sequences.Ready.ContainsKey(year))
        {
            await EnsureAsync(name, year, ct);
            sequences.Ready[year] = true;
        }

        // The name is built from an integer checked above: nothing of the request reaches the statement.
        var next = $"SELECT nextval('{name}')::int AS \"Value\"";
        return await db.Database.SqlQueryRaw<int>(next).SingleAsync(ct);
    }

    /// <summary>
    /// Creates the year's sequence if missing, and brings it level with the numbers already stored when it is behind
    /// them (a database restored, the demo seeded): once a process and year, under the numbering lock, so two
    /// servers never create it twice. A sequence ahead of the stored numbers (numbers drawn, cases not yet committed,
    /// holes) is left alone: moving it back could give a number twice.
    /// </summary>
    private async Task EnsureAsync(string name, int year, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditTrail.NumberingLockKey})", token);
            var create = $"CREATE SEQUENCE IF NOT EXISTS {name} AS integer MINVALUE 1";
            await db.Database.ExecuteSqlRawAsync(create, token);
            var catchUp =
                $"""
                SELECT setval('{name}', stored.last)
                FROM (SELECT max("ReferenceNumber") AS last FROM "Cases" WHERE "ReferenceYear" = {year}) AS stored
                WHERE stored.last IS NOT NULL
                  AND stored.last > (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {name})
                """;
            await db.Database.ExecuteSqlRawAsync(catchUp, token);
            await transaction.CommitAsync(token);
        }, ct);
    }
}

/// <summary>The years whose sequence this process has made ready (a singleton: checked once a process and year).</summary>
public sealed class CaseNumberSequences
{
    public ConcurrentDictionary<int, bool> Ready { get; } = new();
}
