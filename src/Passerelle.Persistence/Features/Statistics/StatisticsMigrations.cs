using Microsoft.EntityFrameworkCore.Migrations;

namespace Passerelle.Web.Features.Statistics;

/// <summary>What a migration that changes the statistical projections calls, so that existing databases get them filled.</summary>
public static class StatisticsMigrations
{
    /// <summary>
    /// Empties the projection rows of the cases that still have their file, so that the start-up check
    /// (<see cref="StatisticsMaintenance.RebuildIfStaleAsync"/>: fewer rows than cases) rebuilds them with the new columns.
    /// An erased case's row stays as computed before its erasure (its file is gone; nothing could refill it).
    /// Quoted identifiers read the same on SQLite and PostgreSQL.
    /// </summary>
    public static void RebuildAtNextStart(MigrationBuilder migration) =>
        migration.Sql("""DELETE FROM "StatisticsCases" WHERE "CaseId" IN (SELECT "Id" FROM "Cases" WHERE "ErasedAt" IS NULL);""");
}
