using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Features.Linkage;
using Passerelle.Web.Platform.Jobs;
using Passerelle.Web.Tests.Deadlines;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

/// <summary>
/// Two servers on one database (README "Operate"): the Data Protection key ring lives in the database, so a token
/// issued by one is accepted by the other and an identity encrypted by one is read by the other; the daily jobs
/// run once between them, even though both start after the jobs' hour; the audit chain stays intact under writes
/// interleaved from both. Each server has its own copy of the key folder (blind-index and audit keys, the
/// key-encryption certificate), as a deployment gives each server the same secret.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed by DisposeAsync (IAsyncLifetime).")]
public sealed class SeveralServersTests : IAsyncLifetime
{
    private readonly LocalSmtpListener smtp = new();
    private readonly FirstServer first;
    private SecondServer? second;

    public SeveralServersTests() => first = new FirstServer(smtp);

    public async ValueTask InitializeAsync()
    {
        await first.InitializeAsync();
        var keysCopy = Path.Combine(Directory.CreateTempSubdirectory("passerelle-second-").FullName, "keys");
        Directory.CreateDirectory(keysCopy);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(first.Directory, "keys")))
        {
            File.Copy(file, Path.Combine(keysCopy, Path.GetFileName(file)));
        }

        second = new SecondServer(first.ConnectionString, keysCopy, smtp);
        await second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (second is not null)
        {
            await second.DisposeAsync();
        }

        await first.DisposeAsync();
        smtp.Dispose();
    }

    [Fact]
    public async Task ATokenFromOneServerWorksOnTheOther_AndTheKeyRingIsInTheDatabaseOnly()
    {
        // No key file in either folder: the ring is the database's, its secrets encrypted with the folder's certificate.
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(first.Directory, "keys"), "key-*.xml"));
        Assert.Empty(Directory.EnumerateFiles(second!.KeysPath, "key-*.xml"));
        var stored = first.WithDb(db => db.DataProtectionKeys.Select(k => k.Xml).ToList());
        Assert.NotEmpty(stored);
        Assert.All(stored, xml => Assert.Contains("EncryptedData", xml, StringComparison.Ordinal));
        Assert.All(stored, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));

        var onFirst = await first.ApiAsAsync("ngo@demo.test");
        var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = onFirst.DefaultRequestHeaders.Authorization;
        var created = await CaseApi.CreateAsync(onFirst, CaseApi.Unique("TwoServers"), "Quelconque Fictive-Deuxserveurs");

        var read = await onSecond.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.GetProperty("id")}");
        Assert.Equal("Quelconque Fictive-Deuxserveurs", read.GetProperty("legalName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task DailyJobsRunOnceBetweenTheServers_WhenBothStartAfterTheirHour()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        List<JobRun> runs;
        do
        {
            await Task.Delay(250);
            runs = first.WithDb(db => db.JobRuns.AsNoTracking().Where(r => r.Job == NightlyLinkage.Job || r.Job == DigestScheduler.Job).ToList());
        }
        while ((runs.Count < 2 || runs.Any(r => r.Outcome == JobRun.Running)) && DateTime.UtcNow < deadline);

        // Both servers looked: the second has started its jobs by now, and a late look finds the periods settled.
        await Task.Delay(TimeSpan.FromSeconds(2));
        runs = first.WithDb(db => db.JobRuns.AsNoTracking().Where(r => r.Job == NightlyLinkage.Job || r.Job == DigestScheduler.Job).ToList());
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal((today, JobRun.Done, 1), (r.Period, r.Outcome, r.Attempts)));
        Assert.Equal(1, first.WithDb(db => db.LinkageRuns.Count(r => r.Trigger == LinkageTrigger.Nightly)));

        // One digest per recipient, not two.
        var sent = first.WithDb(db => db.AuditEntries.Where(e => e.EventType == Passerelle.Domain.Audit.AuditEventType.DeadlineDigestSent)
            .Select(e => e.UserId).ToList());
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.Equal(sent.Count, smtp.Received.Count);
    }

    [Fact]
    public async Task TheAuditChainStaysIntact_UnderWritesInterleavedFromBothServers()
    {
        var onFirst = await first.ApiAsAsync("ngo@demo.test");
        var onSecond = await second!.ApiAsAsync("ngo@demo.test");
        var writes = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var api = i % 2 == 0 ? onFirst : onSecond;
            var response = await api.PostAsJsonAsync("/api/v1/cases", CaseApi.Body(CaseApi.Unique("Interleaved")));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            Assert.Equal(HttpStatusCode.OK, (await (i % 3 == 0 ? onFirst : onSecond).GetAsync($"/api/v1/cases/{id}")).StatusCode);
        }));
        await Task.WhenAll(writes);

        foreach (var server in new PasserelleApp[] { first, second })
        {
            var auditor = await server.ApiAsAsync("auditor@demo.test");
            var verdict = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
            Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        }
    }

    private static void Jobs(IWebHostBuilder builder, LocalSmtpListener smtp)
    {
        builder.UseSetting("Linkage:NightlyHour", "0");
        builder.UseSetting("Digest:Hour", "0");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:UseTls", "false");
        builder.UseSetting("Smtp:From", "passerelle@demo.test");
    }

    /// <summary>The first server: creates and seeds the database, runs the daily jobs (their hour, 00:00 UTC, has passed).</summary>
    private sealed class FirstServer(LocalSmtpListener smtp) : PasserelleApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Jobs(builder, smtp);
        }
    }

    /// <summary>
    /// The second server: the first one's database, a copy of its key folder, audit checkpoints of its own; in demo
    /// mode too (the API's sign-in without an authenticator), its seeding finding everything already there.
    /// </summary>
    private sealed class SecondServer(string database, string keysPath, LocalSmtpListener smtp) : PasserelleApp
    {
        public string KeysPath => keysPath;

        protected override string ConnectionStringFor(string own) => database;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:KeysPath", keysPath);
            Jobs(builder, smtp);
        }
    }
}

/// <summary>
/// An installation that kept its Data Protection keys in its folder (<c>Security:DataProtection:Store=folder</c>)
/// moves to the database store: its keys are copied in, encrypted, and what it encrypted before stays readable.
/// </summary>
public sealed class FolderKeyImportTests
{
    [Fact]
    public async Task KeysOfTheFolder_AreCopiedIntoTheDatabaseEncrypted_AndOldIdentitiesStayReadable()
    {
        string caseId;
        await using var before = new FolderStoreApp();
        await before.InitializeAsync();
        var api = await before.ApiAsAsync("ngo@demo.test");
        caseId = (await CaseApi.CreateAsync(api, CaseApi.Unique("Moved"), "Quelconque Fictive-Déménagée")).GetProperty("id").GetString()!;
        var files = Directory.GetFiles(Path.Combine(before.Directory, "keys"), "key-*.xml");
        Assert.NotEmpty(files);
        Assert.Equal(0, before.WithDb(db => db.DataProtectionKeys.Count()));

        await using var after = new MovedApp(before.ConnectionString, Path.Combine(before.Directory, "keys"));
        await after.InitializeAsync();
        var stored = after.WithDb(db => db.DataProtectionKeys.ToList());
        Assert.Equal(files.Select(f => Path.GetFileNameWithoutExtension(f)).Order(), stored.Select(k => k.FriendlyName).Order());
        Assert.All(stored, k => Assert.DoesNotContain("<masterKey", k.Xml, StringComparison.Ordinal));

        var read = await (await after.ApiAsAsync("ngo@demo.test")).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        Assert.Equal("Quelconque Fictive-Déménagée", read.GetProperty("legalName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await after.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    private sealed class FolderStoreApp : PasserelleApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:DataProtection:Store", "folder");
        }
    }

    private sealed class MovedApp(string database, string keysPath) : PasserelleApp
    {
        protected override string ConnectionStringFor(string own) => database;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:KeysPath", keysPath);
        }
    }
}
