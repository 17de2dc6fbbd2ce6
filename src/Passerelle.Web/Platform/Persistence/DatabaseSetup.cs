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
            services.AddDbContext<PasserelleDbContext, PostgresDbContext>((scope, options) => options
                .UseNpgsql(connectionString, npgsqlOptions => npgsqlOptions.MigrationsAssembly(PostgresMigrationsAssembly))
                .AddInterceptors(new VersioningInterceptor(), new CaseFactsInterceptor(scope)));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be '{SqliteProvider}' or '{PostgresProvider}', not '{provider}'.");
        }

        return services;
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
