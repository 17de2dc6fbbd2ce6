using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Passerelle.Web.Platform.Persistence;

/// <summary>
/// Tells an unavailable database (down, restarting, unreachable, out of connections, locked) from a bug: the first
/// is worth a 503 with <c>Retry-After</c> and a wait at start-up, the second is a 500 to fix.
/// </summary>
public static class DatabaseAvailability
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly HashSet<int> SqliteUnavailable = [5, 6, 10, 13, 14];

    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // 08: connection exception; 53: insufficient resources; 57P01–57P03: shutdown, cannot connect now.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || postgres.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                case SqliteException sqlite when SqliteUnavailable.Contains(sqlite.SqliteErrorCode):
                    return true;
                case SocketException or TimeoutException:
                    return true;
                case Features.Audit.AuditKeyMismatchException:
                    // Nothing may be served without its audit entry, and none can be chained with these keys: the
                    // server is unavailable until the deployment's key folder is restored (readiness says so too).
                    return true;
            }
        }

        return false;
    }
}
