using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Platform.Persistence;

public static class DatabaseSetup
{
    public const string SqliteProvider = "Sqlite";
    public const string PostgresProvider = "Postgres";

    /// <summary>Each provider's migrations live in a project of their own (EF Core's layout for several providers).</summary>
    public const string SqliteMigrationsAssembly = "Passerelle.Migrations.Sqlite";

    /// <inheritdoc cref="SqliteMigrationsAssembly"/>
    public const string PostgresMigrationsAssembly = "Passerelle.Migrations.Postgres";

    /// <summary>
    /// Registers the DbContext for <c>Database:Provider</c> (Sqlite, the embedded default, or Postgres) with the
    /// connection string <c>ConnectionStrings:Passerelle</c>.
    /// </summary>
    public static IServiceCollection AddPasserelleDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"] ?? SqliteProvider;
        var connectionString = configuration.GetConnectionString("Passerelle")
            ?? throw new InvalidOperationException("ConnectionStrings:Passerelle is not set.");

        if (provider.Equals(SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = SqliteConnectionString(connectionString, contentRoot);
            services.AddDbContext<PasserelleDbContext, SqliteDbContext>((scope, options) => options
                .UseSqlite(sqlite, sqliteOptions => sqliteOptions.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(new VersioningInterceptor(), new SqlitePragmas(), new CaseFactsInterceptor(scope)));
        }
        else if (provider.Equals(PostgresProvider, StringComparison.OrdinalIgnoreCase)
                 || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            var postgres = PostgresConnectionString(connectionString);
            services.AddDbContext<PasserelleDbContext, PostgresDbContext>((scope, options) => options
                .UseNpgsql(postgres, npgsqlOptions => npgsqlOptions.MigrationsAssembly(PostgresMigrationsAssembly))
                .AddInterceptors(new VersioningInterceptor(), new CaseFactsInterceptor(scope)));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be '{SqliteProvider}' or '{PostgresProvider}', not '{provider}'.");
        }

        return services;
    }

    /// <summary>
    /// Unless the connection string says otherwise, a pooled PostgreSQL connection is not reset when it returns to the
    /// pool (<c>No Reset On Close</c>): the reset is a <c>DISCARD ALL</c> round trip at each of the ~6 connection
    /// opens of a request (EF opens and closes the connection around each query), a third of a case read's
    /// statements (docs/ARCHITECTURE.md "Cost of a request"). Passerelle leaves no session state on a connection to
    /// discard: its advisory locks are transaction-scoped (<c>pg_advisory_xact_lock</c>), it sets no session
    /// variable, creates no temporary table and listens to no channel. And statements are prepared automatically
    /// (<c>Max Auto Prepare</c>).
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        // The generic builder holds only the keys the string gives (Npgsql's knows every keyword).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        // Statements sent often (every request sends the same few) are prepared once per connection, so PostgreSQL
        // parses and plans them once instead of at every execution.
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 200;
        }

        return builder.ConnectionString;
    }

    /// <summary>A relative SQLite path is taken from the content root, and its folder is created if missing.</summary>
    private static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            if (!Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
