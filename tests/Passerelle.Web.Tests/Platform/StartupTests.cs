using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

/// <summary>
/// The port opens at once (StartupGate): while the server waits for its database, it is alive, not ready, and
/// answers every other request 503 with Retry-After in the user's language, instead of refusing connections.
/// </summary>
public sealed class StartupTests
{
    [Fact]
    public async Task WhileTheDatabaseIsAway_TheServerIsAlive_NotReady_AndAnswers503WithRetryAfter()
    {
        if (!TestDatabase.IsPostgres)
        {
            return; // An embedded SQLite file is never away; the same gate serves both databases.
        }

        await using var app = new AwayDatabaseApp();
        await app.InitializeAsync();
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var answer = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.NotNull(answer.Headers.RetryAfter);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Le service démarre. Réessayez dans un instant.", problem.GetProperty("title").GetString());
    }

    /// <summary>The application pointed at a port where no database listens, waiting for it up to a minute.</summary>
    private sealed class AwayDatabaseApp : PasserelleApp
    {
        private readonly int port = FreePort();

        protected override bool WaitUntilReady => false;

        protected override string ConnectionStringFor(string own) =>
            new NpgsqlConnectionStringBuilder(own) { Host = "127.0.0.1", Port = port, Timeout = 1 }.ConnectionString;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:StartupWaitSeconds", "60");
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var free = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return free;
        }
    }
}
