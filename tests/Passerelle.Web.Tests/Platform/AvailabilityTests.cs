using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

/// <summary>
/// Honest failures: a database outage answers 503 with Retry-After (not 500), readiness fails when the key folder
/// cannot decrypt the stored identities, and the errors that mean "unavailable" are told from bugs.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AvailabilityTests(PasserelleApp app)
{
    [Fact]
    public async Task ReadinessFails_WhenTheKeyFolderCannotDecryptTheStoredIdentities()
    {
        // A database of its own: the server with foreign keys shares it (it chains nothing: see the next test).
        await using var own = new PasserelleApp();
        await own.InitializeAsync();
        Assert.Equal(HttpStatusCode.OK, (await own.CreateClient().GetAsync("/health/ready")).StatusCode);

        await using var wrongKeys = new ForeignKeysApp(own.ConnectionString);
        await wrongKeys.InitializeAsync();
        var ready = await wrongKeys.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await wrongKeys.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task AServerWithAForeignKeyFolder_ChainsNothing_SoTheChainStaysVerifiable()
    {
        await using var own = new PasserelleApp();
        await own.InitializeAsync();
        var api = await own.ApiAsAsync("ngo@demo.test");
        await CaseApi.CreateAsync(api, CaseApi.Unique("Keys"));

        await using var wrongKeys = new ForeignKeysApp(own.ConnectionString);
        await wrongKeys.InitializeAsync();
        var before = own.WithDb(db => db.AuditEntries.Count());
        var chainer = wrongKeys.Services.GetRequiredService<AuditChainer>();
        var draft = new AuditDraft(AuditChain.Normalise(DateTime.UtcNow), AuditEventType.CaseViewed, null, null, null, null, null, "foreign key folder");

        // Before: the entry was chained under the foreign key, and the chain of the database failed verification from then on.
        await Assert.ThrowsAsync<AuditKeyMismatchException>(() => chainer.AppendAsync([draft], CancellationToken.None));
        Assert.Equal(before, own.WithDb(db => db.AuditEntries.Count()));
        var verdict = await own.WithScopeAsync(s => s.GetRequiredService<AuditLog>().VerifyAsync(CancellationToken.None));
        Assert.True(verdict.Intact, verdict.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await wrongKeys.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task ADatabaseOutage_Answers503WithRetryAfter_InTheUsersLanguage_AndReadinessFailsWithoutHanging()
    {
        if (!TestDatabase.IsPostgres)
        {
            return; // An embedded SQLite file has no outage to simulate; the classifier is tested below.
        }

        using var forwarder = new TcpForwarder(new NpgsqlConnectionStringBuilder(app.ConnectionString));
        await using var outage = new ForwardedDatabaseApp(forwarder);
        await outage.InitializeAsync();
        var api = await outage.ApiAsAsync("ngo@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/cases")).StatusCode);

        forwarder.Stop();
        NpgsqlConnection.ClearAllPools();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var answer = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.NotNull(answer.Headers.RetryAfter);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Le service est momentanément indisponible. Réessayez dans un instant.", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await outage.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public void UnavailableDatabases_AreToldFromBugs()
    {
        Assert.True(DatabaseAvailability.IsUnavailable(new NpgsqlException("down", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(DatabaseAvailability.IsUnavailable(new InvalidOperationException("transient", new PostgresException("shutting down", "FATAL", "FATAL", "57P01"))));
        Assert.True(DatabaseAvailability.IsUnavailable(new PostgresException("too many", "FATAL", "FATAL", "53300")));
        Assert.True(DatabaseAvailability.IsUnavailable(new SqliteException("database is locked", 5)));
        Assert.True(DatabaseAvailability.IsUnavailable(new AuditKeyMismatchException(7)));
        Assert.False(DatabaseAvailability.IsUnavailable(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.False(DatabaseAvailability.IsUnavailable(new SqliteException("no such table", 1)));
        Assert.False(DatabaseAvailability.IsUnavailable(new InvalidOperationException("a bug")));
    }

    /// <summary>The application on another instance's database, with a key folder of its own (empty: new keys).</summary>
    private sealed class ForeignKeysApp(string database) : PasserelleApp
    {
        protected override bool DemoMode => false;

        protected override string ConnectionStringFor(string own) => database;
    }

    /// <summary>The demo application reaching PostgreSQL through a forwarder the test can cut.</summary>
    private sealed class ForwardedDatabaseApp(TcpForwarder forwarder) : PasserelleApp
    {
        protected override string ConnectionStringFor(string own) =>
            new NpgsqlConnectionStringBuilder(own) { Host = "127.0.0.1", Port = forwarder.Port, Timeout = 2 }.ConnectionString;
    }
}

/// <summary>A loopback TCP forwarder to a PostgreSQL server; <see cref="Stop"/> cuts every connection and refuses new ones.</summary>
internal sealed class TcpForwarder : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> connections = [];
    private readonly string host;
    private readonly int port;

    public TcpForwarder(NpgsqlConnectionStringBuilder target)
    {
        host = target.Host ?? "127.0.0.1";
        port = target.Port;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public void Stop()
    {
        listener.Stop();
        lock (connections)
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }

            connections.Clear();
        }
    }

    public void Dispose() => Stop();

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var server = new TcpClient();
            await server.ConnectAsync(host, port);
            lock (connections)
            {
                connections.Add(client);
                connections.Add(server);
            }

            _ = PipeAsync(client, server);
            _ = PipeAsync(server, client);
        }
    }

    private static async Task PipeAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
