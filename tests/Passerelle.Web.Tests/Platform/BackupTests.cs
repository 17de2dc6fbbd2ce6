using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Backup;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

/// <summary>
/// <c>backup</c> and <c>restore</c> on the database under test (SQLite online backup, or pg_dump / pg_restore):
/// a backup restored into a fresh database with the same key folder reads its encrypted fields, and the audit
/// chain of the restored database verifies; a wrong key folder or a damaged dump is refused and changes nothing.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BackupTests(PasserelleApp app)
{
    [Fact]
    public async Task ABackup_RestoredIntoAFreshDatabase_ReadsItsEncryptedFields_AndItsAuditChainVerifies()
    {
        var legalName = "Zorglub " + CaseApi.Unique("Sauvegarde");
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("BK"), legalName);
        var caseId = created.GetProperty("id").GetGuid();
        // A document of the case lives in the database, encrypted: the backup holds it.
        var uploaded = await Story.AttachmentsApiTests.UploadAsync(ngo, caseId.ToString(), Story.AttachmentsApiTests.Png, "scan.png", "image/png");
        Assert.Equal(System.Net.HttpStatusCode.Created, uploaded.StatusCode);
        var folder = Path.Combine(app.Directory, "backup-" + Guid.NewGuid().ToString("N")[..8]);

        var manifest = await app.WithScopeAsync(s => s.GetRequiredService<BackupService>().BackupAsync(folder, null, default));

        Assert.True(File.Exists(Path.Combine(folder, manifest.File)));
        Assert.DoesNotContain(Directory.EnumerateFiles(folder), f => f.EndsWith(".key", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("key-", StringComparison.Ordinal));
        Assert.True(manifest.AuditHeadSequence > 0);

        await using var fresh = new RestoreTargetApp(Path.Combine(app.Directory, "keys"));
        await fresh.InitializeAsync();
        var result = await fresh.WithScopeAsync(s => s.GetRequiredService<BackupService>().RestoreAsync(folder, default));

        Assert.True(result.RestoredHead >= manifest.AuditHeadSequence);
        var identity = await fresh.WithScopeAsync(async s =>
        {
            var stored = await s.GetRequiredService<PasserelleDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
            return s.GetRequiredService<CaseIdentityProtector>().Unprotect(stored.ProtectedIdentity);
        });
        Assert.Equal(legalName, identity.LegalName);
        var document = await fresh.WithScopeAsync(async s =>
        {
            var stored = await s.GetRequiredService<PasserelleDbContext>().Set<Web.Features.Attachments.CaseAttachment>().AsNoTracking().SingleAsync(a => a.CaseId == caseId);
            return s.GetRequiredService<CaseIdentityProtector>().UnprotectFor(caseId, Web.Features.Attachments.AttachmentsService.ContentPurpose, stored.ProtectedContent);
        });
        Assert.Equal(Story.AttachmentsApiTests.Png, document);

        var verdict = await fresh.WithScopeAsync(s => s.GetRequiredService<AuditLog>().VerifyAsync(default));
        Assert.True(verdict.Intact, verdict.Problem);
        var restoreEntry = await fresh.WithScopeAsync(s => s.GetRequiredService<PasserelleDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EventType == Domain.Audit.AuditEventType.DatabaseRestored).SingleAsync());
        Assert.Contains("head=", restoreEntry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestore_WithAnotherKeyFolder_IsRefused_AndChangesNothing()
    {
        var folder = Path.Combine(app.Directory, "backup-" + Guid.NewGuid().ToString("N")[..8]);
        await app.WithScopeAsync(s => s.GetRequiredService<BackupService>().BackupAsync(folder, null, default));

        await using var stranger = new RestoreTargetApp(keysPath: null);
        await stranger.InitializeAsync();
        var before = stranger.WithDb(db => db.Cases.Count());

        var refused = await Assert.ThrowsAsync<BackupException>(() =>
            stranger.WithScopeAsync(s => s.GetRequiredService<BackupService>().RestoreAsync(folder, default)));

        Assert.Contains("key folder", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, stranger.WithDb(db => db.Cases.Count()));
    }

    [Fact]
    public async Task ADamagedDump_IsRefused()
    {
        var folder = Path.Combine(app.Directory, "backup-" + Guid.NewGuid().ToString("N")[..8]);
        var manifest = await app.WithScopeAsync(s => s.GetRequiredService<BackupService>().BackupAsync(folder, null, default));
        await using (var dump = File.OpenWrite(Path.Combine(folder, manifest.File)))
        {
            dump.Seek(-1, SeekOrigin.End);
            dump.WriteByte(0x5A);
        }

        var refused = await Assert.ThrowsAsync<BackupException>(() =>
            app.WithScopeAsync(s => s.GetRequiredService<BackupService>().RestoreAsync(folder, default)));
        Assert.Contains("damaged", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysAreNeverWrittenIntoTheBackupFolder_AndABackupNeverOverwritesOne()
    {
        var folder = Path.Combine(app.Directory, "backup-" + Guid.NewGuid().ToString("N")[..8]);
        var inside = await Assert.ThrowsAsync<BackupException>(() =>
            app.WithScopeAsync(s => s.GetRequiredService<BackupService>().BackupAsync(folder, Path.Combine(folder, "keys"), default)));
        Assert.Contains("apart", inside.Message, StringComparison.Ordinal);

        var keys = Path.Combine(app.Directory, "keys-" + Guid.NewGuid().ToString("N")[..8]);
        await app.WithScopeAsync(s => s.GetRequiredService<BackupService>().BackupAsync(folder, keys, default));
        Assert.True(File.Exists(Path.Combine(keys, "audit-hmac.key")));
        var again = await Assert.ThrowsAsync<BackupException>(() =>
            app.WithScopeAsync(s => s.GetRequiredService<BackupService>().BackupAsync(folder, null, default)));
        Assert.Contains("not empty", again.Message, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, BackupManifest.FileName))).RootElement.ValueKind);
    }
}

/// <summary>
/// A fresh, empty deployment (demo off) to restore into: with the key folder of the backed-up app, or (null) a key
/// folder of its own.
/// </summary>
public sealed class RestoreTargetApp(string? keysPath) : PasserelleApp
{
    protected override bool DemoMode => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (keysPath is not null)
        {
            builder.UseSetting("Security:KeysPath", keysPath);
        }
    }
}
