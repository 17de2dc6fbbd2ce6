using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Audit;

/// <summary>An app of its own, whose audit log these tests damage. Checkpoints are written by the tests only.</summary>
public sealed class AuditTamperApp : PasserelleApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Audit:CheckpointMinutes", "0");
    }
}

/// <summary>
/// Finding: "deleting the last 10 entries, or rewriting one entry and recomputing the hashes after it, both still
/// verify as intact". The chain is now an HMAC under a key outside the database, anchored by signed checkpoints
/// written outside the database.
/// </summary>
public sealed class AuditTamperTests(AuditTamperApp app) : IClassFixture<AuditTamperApp>
{
    [Fact]
    public async Task DeletingRewritingForgingOrRestoringAnOldBackup_IsDetected()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        for (var i = 0; i < 4; i++)
        {
            await CaseApi.CreateAsync(api, CaseApi.Unique("Tamper"));
        }

        await CheckpointAsync();
        var intact = await VerifyAsync();
        Assert.True(intact.Intact, intact.Problem);
        Assert.True(intact.CheckpointsVerified >= 1);
        var head = intact.EntriesVerified;

        // 1. The newest 10 entries deleted (or the database restored from a backup taken before them).
        var newest = app.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Sequence > head - 10).ToList());
        app.WithDb(db => db.Database.ExecuteSql($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {head - 10}"));
        var truncated = await VerifyAsync();
        Assert.False(truncated.Intact);
        Assert.Equal(head - 9, truncated.BrokenAtSequence);
        app.WithDb(db =>
        {
            db.AuditEntries.AddRange(newest.Select(Copy));
            return db.SaveChanges();
        });
        Assert.True((await VerifyAsync()).Intact);

        // 2. One entry rewritten and every hash after it recomputed, as the tester did, without the key.
        var target = head - 5;
        var original = app.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= target).OrderBy(e => e.Sequence).ToList());
        var previous = original[0].PreviousHash;
        foreach (var entry in original)
        {
            var record = entry.ToRecord() with { UserEmail = entry.Sequence == target ? "someone-else@demo.test" : entry.UserEmail };
            var hash = AuditChain.ComputeHash(previous, record);
            app.WithDb(db => db.Database.ExecuteSql(
                $"UPDATE \"AuditEntries\" SET \"UserEmail\" = {record.UserEmail}, \"PreviousHash\" = {previous}, \"Hash\" = {hash} WHERE \"Sequence\" = {entry.Sequence}"));
            previous = hash;
        }

        var rewritten = await VerifyAsync();
        Assert.False(rewritten.Intact);
        Assert.Equal(target, rewritten.BrokenAtSequence);
        foreach (var entry in original)
        {
            app.WithDb(db => db.Database.ExecuteSql(
                $"UPDATE \"AuditEntries\" SET \"UserEmail\" = {entry.UserEmail}, \"PreviousHash\" = {entry.PreviousHash}, \"Hash\" = {entry.Hash} WHERE \"Sequence\" = {entry.Sequence}"));
        }

        Assert.True((await VerifyAsync()).Intact);

        // 3. A checkpoint line added by someone without the key.
        var path = app.Services.GetRequiredService<AuditCheckpoints>().Path;
        var kept = await File.ReadAllTextAsync(path);
        await File.AppendAllTextAsync(path, $"v1\t{head}\t{new string('0', 64)}\t2026-01-01T00:00:00.000000Z\t{new string('a', 64)}\n");
        Assert.False((await VerifyAsync()).Intact);
        await File.WriteAllTextAsync(path, kept);
        Assert.True((await VerifyAsync()).Intact);

        // 4. An old backup restored, then used: the chain is whole again and longer than the checkpoint, but the
        //    checkpointed entry no longer carries the hash it had.
        app.WithDb(db => db.Database.ExecuteSql($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {head - 10}"));
        for (var i = 0; i < 8; i++)
        {
            await CaseApi.CreateAsync(api, CaseApi.Unique("AfterRestore"));
        }

        var restored = await VerifyAsync();
        Assert.False(restored.Intact);
        Assert.True(restored.EntriesVerified < head);

        // The auditors' API says so too.
        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var verdict = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.False(verdict.GetProperty("intact").GetBoolean());
        Assert.False(string.IsNullOrEmpty(verdict.GetProperty("problem").GetString()));
    }

    [Fact]
    public async Task Checkpoints_AreWrittenAtCleanShutdown()
    {
        await using var other = new AuditTamperApp { KeepDirectoryOnDispose = true };
        await other.InitializeAsync();
        await other.ApiAsAsync("police@demo.test");
        var path = other.Services.GetRequiredService<AuditCheckpoints>().Path;
        Assert.False(File.Exists(path));
        await other.DisposeAsync();
        var line = Assert.Single(File.ReadAllLines(path));
        Assert.StartsWith("v1\t", line, StringComparison.Ordinal);
        Directory.Delete(other.Directory, recursive: true);
    }

    /// <summary>
    /// A change's entries are stored in the outbox with the change and chained before the answer leaves; entries a
    /// crashed server left unchained make verification fail once older than the tolerance, until a round chains them.
    /// </summary>
    [Fact]
    public async Task EntriesAreChainedBeforeTheAnswer_AndAnUnchainedTailFailsVerificationUntilChained()
    {
        // An app of its own: the other tests of this class leave the shared app's chain broken, in whatever order they run.
        await using var own = new AuditTamperApp();
        await own.InitializeAsync();
        var api = await own.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(api, CaseApi.Unique("Outbox"))).GetProperty("id").GetGuid();
        Assert.Equal(0, own.WithDb(db => db.AuditOutbox.Count()));
        Assert.Equal(1, own.WithDb(db => db.AuditEntries.Count(e => e.CaseId == caseId && e.EventType == AuditEventType.CaseCreated)));

        // A server that died after committing a change, before a round chained its entry.
        own.WithDb(db =>
        {
            db.AuditOutbox.Add(new AuditOutboxEntry
            {
                OccurredAt = AuditChain.Normalise(DateTime.UtcNow.AddMinutes(-5)),
                EventType = AuditEventType.CaseUpdated,
                CaseId = caseId,
                Details = "left by a crashed server",
            });
            return db.SaveChanges();
        });
        var waiting = await VerifyAsync(own);
        Assert.False(waiting.Intact);
        Assert.Contains("not chained", waiting.Problem, StringComparison.Ordinal);

        await own.Services.GetRequiredService<AuditChainer>().FlushAsync(default);
        Assert.Equal(0, own.WithDb(db => db.AuditOutbox.Count()));
        Assert.Equal(1, own.WithDb(db => db.AuditEntries.Count(e => e.CaseId == caseId && e.Details == "left by a crashed server")));
        var chained = await VerifyAsync(own);
        Assert.True(chained.Intact, chained.Problem);
    }

    private async Task CheckpointAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditCheckpoints>().WriteAsync(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>(), default);
    }

    private Task<ChainVerdict> VerifyAsync() => VerifyAsync(app);

    private static async Task<ChainVerdict> VerifyAsync(AuditTamperApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(default);
    }

    private static AuditEntry Copy(AuditEntry e) => new()
    {
        Sequence = e.Sequence,
        OccurredAt = e.OccurredAt,
        EventType = e.EventType,
        UserId = e.UserId,
        UserEmail = e.UserEmail,
        AgencyId = e.AgencyId,
        CaseId = e.CaseId,
        RemoteAddress = e.RemoteAddress,
        Details = e.Details,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };
}
