using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Cases;

/// <summary>
/// Issue 12, item 5: one save of a case is one "case facts changed" step (deadlines, then statistics), which does not
/// read the case again. Counts the SQL statements of one case update through EF Core's diagnostic events.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class CaseSaveStatementsTests(PasserelleApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task ACaseUpdate_DoesNotReadTheCaseAgain_AfterWritingIt()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(api, CaseApi.Unique("Count"))).GetProperty("id").GetGuid();
        var get = await api.GetAsync($"/api/v1/cases/{id}");

        using var counter = new StatementCounter(app);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(CaseApi.Body(CaseApi.Unique("Counted"))) };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(put)).StatusCode);
        var statements = counter.Stop();

        output.WriteLine($"{statements.Count} statements, {statements.Count(IsSaveOfAuditOrDerived)} in saves:");
        foreach (var statement in statements)
        {
            output.WriteLine(statement.Split('\n')[0]);
        }

        var update = statements.FindIndex(s => s.Contains("UPDATE \"Cases\"", StringComparison.Ordinal));
        Assert.True(update >= 0, "the case update was not seen");
        // Only the person key is read again (a linkage run may have changed it meanwhile: CaseFactsChanged), never the case.
        Assert.DoesNotContain(statements.Skip(update + 1), s => s.Contains("FROM \"Cases\"", StringComparison.Ordinal)
            && !PersonKeyRead().IsMatch(s));
        // 36 before the single step, 35 after (the rest are the feature sources' own reads), 36 with the person key read
        // again; the audit outbox adds its insert and the chaining writer's round (read the pending entries, write their
        // links); a margin for a checkpoint.
        Assert.InRange(statements.Count, 1, 43);
    }

    [Fact]
    public async Task ACaseRead_RunsSevenStatementsAtMost_WithItsAuditRound()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(api, CaseApi.Unique("Read count"))).GetProperty("id").GetGuid();
        (await api.GetAsync($"/api/v1/cases/{id}")).EnsureSuccessStatusCode();

        using var counter = new StatementCounter(app);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        var statements = counter.Stop();
        foreach (var statement in statements)
        {
            output.WriteLine(statement.Split('\n')[0]);
        }

        // Issue 17 item 7 (docs/ARCHITECTURE.md "Cost of a request"): the signed-in user, the case, one statement for
        // the holding agency with the lead agency, the panel and the referrals (four before), and the chaining round
        // (its lock on PostgreSQL, the outbox, the head, the entry's insert). Ten before.
        Assert.Single(statements, s => s.Contains("FROM \"Agencies\"", StringComparison.Ordinal) && !s.Contains("\"AspNetUsers\"", StringComparison.Ordinal));
        Assert.Single(statements, s => s.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal));
        Assert.InRange(statements.Count, 1, 7);
    }

    [Fact]
    public async Task ACaseCreate_AsksNoFeatureForRowsTheNewCaseCannotHaveYet()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        await CaseApi.CreateAsync(api, CaseApi.Unique("Warm"));

        using var counter = new StatementCounter(app);
        await CaseApi.CreateAsync(api, CaseApi.Unique("Create count"));
        var statements = counter.Stop();
        foreach (var statement in statements)
        {
            output.WriteLine(statement.Split('\n')[0]);
        }

        // Issue 17 item 7: the deadlines and statistics of a case just created come from its own values (NewCaseDerivedRowsTests
        // checks they equal a full recomputation). Before, a create read every feature's tables for it: ~28 statements more.
        string[] featureTables = ["CaseDeadlines", "IdentificationSteps", "CaseScreenings", "CaseRights", "ResidencePermits", "Referrals",
            "CaseProceedings", "CompensationClaims", "MissingEpisodes", "AgeAssessments", "StatisticsCases", "StatisticsPersons", "StatisticsRecordKeys"];
        // (The answer's one statement on the holding agency reads the referrals in a sub-query: not a feature's step.)
        Assert.DoesNotContain(statements, s => s.StartsWith("SELECT", StringComparison.Ordinal) && !s.Contains("FROM \"Agencies\"", StringComparison.Ordinal)
            && featureTables.Any(t => s.Contains($"FROM \"{t}\"", StringComparison.Ordinal)));
        Assert.Single(statements, s => s.Contains("INSERT INTO \"Cases\"", StringComparison.Ordinal));
        Assert.InRange(statements.Count, 1, 20);
        if (TestDatabase.IsPostgres)
        {
            // The number comes from the year's sequence (CaseNumbers): no `max + 1` under the numbering lock held through
            // the save and the commit; the one advisory lock left is the chaining round's.
            Assert.Single(statements, s => s.Contains("nextval('case_number_", StringComparison.Ordinal));
            Assert.DoesNotContain(statements, s => s.Contains("\"ReferenceNumber\")", StringComparison.Ordinal) && s.Contains("max(", StringComparison.OrdinalIgnoreCase));
            Assert.Single(statements, s => s.Contains("pg_advisory_xact_lock", StringComparison.Ordinal));
        }
    }

    private static bool IsSaveOfAuditOrDerived(string sql) =>
        sql.StartsWith("INSERT", StringComparison.Ordinal) || sql.StartsWith("UPDATE", StringComparison.Ordinal) || sql.StartsWith("DELETE", StringComparison.Ordinal);

    // SQLite quotes the alias ("c"."Id"), PostgreSQL does not (c."Id"): the person key read, and nothing else of the case.
    [GeneratedRegex(@"^SELECT (""c""|c)\.""Id"", (""c""|c)\.""PersonKey""\s+FROM ""Cases""")]
    private static partial Regex PersonKeyRead();

    /// <summary>The statements EF Core runs on this app's database while it counts, in order.</summary>
    private sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly ConcurrentQueue<string> statements = [];
        private readonly List<IDisposable> subscriptions = [];
        private readonly string database;
        private volatile bool counting = true;

        public StatementCounter(PasserelleApp app)
        {
            database = app.WithDb(db => Key(db.Database.GetDbConnection()));
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public List<string> Stop()
        {
            counting = false;
            return [.. statements];
        }

        public void Dispose()
        {
            counting = false;
            subscriptions.ForEach(s => s.Dispose());
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (subscriptions)
                {
                    subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (counting && value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
                && data.Command.Connection is { } connection && Key(connection) == database)
            {
                statements.Enqueue(data.Command.CommandText.TrimStart());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        private static string Key(System.Data.Common.DbConnection connection) => $"{connection.DataSource}|{connection.Database}";
    }
}
