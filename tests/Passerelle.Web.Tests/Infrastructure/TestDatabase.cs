using Npgsql;

namespace Passerelle.Web.Tests.Infrastructure;

/// <summary>
/// The database the web tests run on: <c>PASSERELLE_TEST_DB=sqlite</c> (default) or <c>postgres</c>, with the
/// server given by <c>PASSERELLE_TEST_POSTGRES</c> (./test.sh starts a throwaway cluster and sets both).
/// Every application instance gets a database of its own, created empty and migrated by the app itself.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("PASSERELLE_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string Provider => IsPostgres ? "Postgres" : "Sqlite";

    public static async Task<string> CreateAsync(string directory)
    {
        if (!IsPostgres)
        {
            return $"Data Source={Path.Combine(directory, "passerelle-test.db")}";
        }

        var server = Environment.GetEnvironmentVariable("PASSERELLE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PASSERELLE_TEST_DB=postgres needs PASSERELLE_TEST_POSTGRES (a connection string to a server): run ./test.sh.");
        var name = "passerelle_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
