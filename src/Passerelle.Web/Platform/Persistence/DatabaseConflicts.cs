using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Passerelle.Web.Platform.Persistence;

/// <summary>
/// Tells a save that lost a race with a concurrent one (worth doing again from what is stored now) from a bug: a
/// row changed since it was read, a deadlock, a serialization failure, or a row another transaction inserted first.
/// </summary>
public static class DatabaseConflicts
{
    // 40P01 deadlock detected; 40001 serialization failure; 23505 unique violation (a row inserted meanwhile).
    private static readonly HashSet<string> PostgresConflicts = ["40P01", "40001", "23505"];

    public static bool IsConflict(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DbUpdateConcurrencyException:
                    return true;
                case PostgresException postgres when PostgresConflicts.Contains(postgres.SqlState):
                    return true;
            }
        }

        return false;
    }
}
