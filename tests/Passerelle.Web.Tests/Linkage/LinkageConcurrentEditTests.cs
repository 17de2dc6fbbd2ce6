using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Linkage;

/// <summary>
/// A run reads every case, computes for a while, then gives re-keyed cases their person's key. Cases edited by
/// their agencies meanwhile (a note, a phone number) used to fail that save on their concurrency token: the run
/// answered 500, and after a coordinator's decision the decision was stored but its run was not. Linking at once
/// is off in this app (the default): the run, not the creation, links the two records.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LinkageConcurrentEditTests(PasserelleApp app)
{
    [Fact]
    public async Task A_run_re_keying_cases_their_agencies_edit_meanwhile_completes_and_links_them()
    {
        var police = await app.ApiAsAsync("police@demo.test");
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var a = await LinkageClient.CreateAsync(police, LinkageClient.Person("Amarachi Chidinma Okafor", "1993-02-17", "01 99 00 31 17"));
        var b = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("OKAFOR Amarachi Chidinma", "1993-02-17", "0199003117"));

        using var stop = new CancellationTokenSource();
        var editing = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        var edits = new[] { EditUntilAsync(police, a, "Amarachi Chidinma Okafor", editing[0], stop.Token), EditUntilAsync(ngo, b, "OKAFOR Amarachi Chidinma", editing[1], stop.Token) };
        await Task.WhenAll(editing.Select(e => e.Task));
        var run = await coordinator.PostAsync("/api/v1/linkage/runs", null);
        await stop.CancelAsync();
        var edited = await Task.WhenAll(edits);

        Assert.True(edited.All(n => n > 1), $"edits during the run: {string.Join(", ", edited)}");
        Assert.True(run.StatusCode == HttpStatusCode.Created, $"{run.StatusCode}: {string.Join(Environment.NewLine, app.ServerErrors)}");
        var keys = app.WithDb(db => db.Cases.AsNoTracking().Where(c => c.Id == a || c.Id == b).Select(c => c.PersonKey).Distinct().Count());
        Assert.Equal(1, keys);
    }

    /// <summary>
    /// A run's save that meets a concurrent write after its first statements (here a statistics row of the person,
    /// deleted by another transaction the save waits for) is done again from a clean slate. Retried as it was, the
    /// first attempt's writes counted as saved: the run answered 201 and its cases were never re-keyed.
    /// </summary>
    [Fact]
    public async Task A_run_whose_save_waits_for_another_transaction_and_loses_is_saved_again_whole()
    {
        if (!TestDatabase.IsPostgres)
        {
            // SQLite has one writer at a time: no transaction can be in the middle of the run's save.
            return;
        }

        var police = await app.ApiAsAsync("police@demo.test");
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var a = await LinkageClient.CreateAsync(police, LinkageClient.Person("Obiageli Ifeoma Nwosu", "1988-11-04", "01 99 00 74 88"));
        var b = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("NWOSU Obiageli Ifeoma", "1988-11-04", "0199007488"));

        await using var other = new NpgsqlConnection(app.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var delete = new NpgsqlCommand("""DELETE FROM "StatisticsPersons" WHERE "PersonKey" = ANY(@keys)""", other, transaction))
        {
            delete.Parameters.AddWithValue("keys", new[] { a.ToString(), b.ToString() });
            Assert.Equal(2, await delete.ExecuteNonQueryAsync());
        }

        var run = coordinator.PostAsync("/api/v1/linkage/runs", null);
        await WaitUntilASessionWaitsForALockAsync();
        await transaction.CommitAsync();

        var answer = await run;
        Assert.True(answer.StatusCode == HttpStatusCode.Created, $"{answer.StatusCode}: {string.Join(Environment.NewLine, app.ServerErrors)}");
        var keys = app.WithDb(db => db.Cases.AsNoTracking().Where(c => c.Id == a || c.Id == b).Select(c => c.PersonKey).Distinct().ToList());
        Assert.Single(keys);
        var person = keys[0].ToString();
        Assert.Equal(1, app.WithDb(db => db.Set<Passerelle.Web.Features.Statistics.StatisticsPersonRow>().AsNoTracking().Count(r => r.PersonKey == person)));
    }

    private async Task WaitUntilASessionWaitsForALockAsync()
    {
        await using var watcher = new NpgsqlConnection(app.ConnectionString);
        await watcher.OpenAsync();
        await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
        for (var i = 0; i < 600; i++)
        {
            if ((long)(await waiting.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("the run's save never waited for the other transaction");
    }

    /// <summary>Edits the case's phone again and again (GET for its ETag, then PUT); answers how many edits were stored.</summary>
    private static async Task<int> EditUntilAsync(HttpClient api, Guid id, string legalName, TaskCompletionSource started, CancellationToken stop)
    {
        var stored = 0;
        while (!stop.IsCancellationRequested)
        {
            var read = await api.GetAsync($"/api/v1/cases/{id}", CancellationToken.None);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            var body = LinkageClient.Person(legalName, "1993-02-17", $"01 99 00 31 {stored % 100:D2}");
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
            var response = await api.SendAsync(request, CancellationToken.None);
            // 412: the run re-keyed the case between this GET and this PUT (a new version); the next round reads it again.
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"{response.StatusCode}");
            stored += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
            started.TrySetResult();
        }

        return stored;
    }
}
