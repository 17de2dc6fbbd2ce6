using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Passerelle.Web.Platform.Persistence;

// Used by `dotnet ef migrations add … --context SqliteDbContext|PostgresDbContext` only: no database is contacted.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly))
            .UseApplicationServiceProvider(DesignTimeIdentity.Services).Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=passerelle_design", npgsql => npgsql.MigrationsAssembly(DatabaseSetup.PostgresMigrationsAssembly))
            .UseApplicationServiceProvider(DesignTimeIdentity.Services).Options);
}

/// <summary>The Identity schema version the app runs with (see PasserelleServices), read by the Identity model.</summary>
internal static class DesignTimeIdentity
{
    public static IServiceProvider Services { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}
