using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Readiness fails when the key folder cannot decrypt what the database holds (an empty or wrong
/// <c>Security:KeysPath</c>): otherwise the server would say "ready" while every case read fails and name search
/// silently finds nothing. Decrypts the newest stored identity, and checks the newest audit entry's link under the
/// audit key (the chaining writer refuses to chain on a foreign key: <see cref="Features.Audit.AuditKeyMismatchException"/>);
/// an empty database is fine.
/// </summary>
public sealed class KeysHealthCheck(PasserelleDbContext db, CaseIdentityProtector protector, KeyRing keys, StartupGate startup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.IsReady)
        {
            // Not before the keys of a key folder are imported into the database (FolderKeyImport): "startup" says not ready.
            return HealthCheckResult.Healthy("starting");
        }

        try
        {
            await Features.Audit.AuditHead.ReadSignedAsync(db.AuditEntries, keys.AuditKey, cancellationToken);
        }
        catch (Features.Audit.AuditKeyMismatchException)
        {
            return HealthCheckResult.Unhealthy("the audit key of the key folder (Security:KeysPath) did not sign this database's audit chain: restore the keys of this database");
        }

        var newest = await db.Cases.AsNoTracking().Where(c => c.ProtectedIdentity != null)
            .OrderByDescending(c => c.CreatedAt).Select(c => c.ProtectedIdentity).FirstOrDefaultAsync(cancellationToken);
        if (newest is null)
        {
            return HealthCheckResult.Healthy("no identifying field stored yet");
        }

        try
        {
            protector.Unprotect(newest);
            return HealthCheckResult.Healthy();
        }
        catch (CryptographicException)
        {
            return HealthCheckResult.Unhealthy("the key folder (Security:KeysPath) cannot decrypt the stored identifying fields: restore the keys of this database");
        }
    }
}
