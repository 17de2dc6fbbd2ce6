using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Where the secrets live: a folder outside the database and the repository (<c>Security:KeysPath</c>),
/// holding the Data Protection key ring (encryption of identifying fields, cookies, tokens, authenticator
/// secrets), the blind-index key (exact search on legal names) and the audit HMAC key. Losing the folder makes identifying fields unreadable:
/// back it up separately from the database.
/// With <c>Security:DataProtection:Store=database</c> (the default) the Data Protection key ring lives in the database
/// instead, so that several servers share it (<see cref="KeyRingSetup"/>); the folder then holds the certificate whose
/// RSA key encrypts that ring (<c>data-protection.pfx</c>, or <c>Security:DataProtection:CertificatePath</c>).
/// Every server of one installation is given the same folder content (a secret of the deployment), never a shared
/// writable volume.
/// </summary>
public sealed class KeyRing
{
    private const string BlindIndexFileName = "blind-index.key";
    private const string AuditFileName = "audit-hmac.key";

    public KeyRing(string keysPath)
    {
        KeysPath = keysPath;
        // Only a folder made here gets its mode set: a deployment may give the folder as a read-only secret mount.
        var created = !Directory.Exists(keysPath);
        Directory.CreateDirectory(keysPath);
        if (created && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keysPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        BlindIndexKey = LoadOrCreateKey(Path.Combine(keysPath, BlindIndexFileName));
        AuditKey = LoadOrCreateKey(Path.Combine(keysPath, AuditFileName));
    }

    public string KeysPath { get; }

    /// <summary>The default file of the key-encryption certificate in the folder.</summary>
    public const string CertificateFileName = "data-protection.pfx";

    public byte[] BlindIndexKey { get; }

    /// <summary>The HMAC key of the audit chain and its checkpoints (<c>audit-hmac.key</c>).</summary>
    public byte[] AuditKey { get; }

    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var path = configuration["Security:KeysPath"] ?? "data/keys";
        return Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
    }

    /// <summary>
    /// The certificate whose RSA key encrypts the Data Protection key ring stored in the database: the PKCS#12 file
    /// <c>Security:DataProtection:CertificatePath</c> (relative to the key folder; by default
    /// <c>data-protection.pfx</c>) opened with <c>Security:DataProtection:CertificatePassword</c>. A missing file at
    /// the default place is created (a self-signed RSA-3072 certificate, readable by the owner only), as the other
    /// keys of the folder are; a missing file named by configuration stops start-up.
    /// </summary>
    public X509Certificate2 KeyEncryptionCertificate(IConfiguration configuration)
    {
        var configured = configuration["Security:DataProtection:CertificatePath"];
        var password = configuration["Security:DataProtection:CertificatePassword"];
        var file = string.IsNullOrWhiteSpace(configured) ? Path.Combine(KeysPath, CertificateFileName)
            : Path.IsPathRooted(configured) ? configured : Path.Combine(KeysPath, configured);
        if (!File.Exists(file))
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException($"Security:DataProtection:CertificatePath names {file}, which does not exist.");
            }

            using var rsa = RSA.Create(3072);
            var request = new CertificateRequest("CN=Passerelle data protection key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(30));
            WriteNew(file, created.Export(X509ContentType.Pfx, password));
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"The certificate {file} has no RSA private key: the Data Protection key ring cannot be decrypted with it.");
        }

        return certificate;
    }

    private static void WriteNew(string file, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(file, options);
        stream.Write(content);
    }

    private static byte[] LoadOrCreateKey(string file)
    {
        if (File.Exists(file))
        {
            var existing = Convert.FromBase64String(File.ReadAllText(file).Trim());
            if (existing.Length < 32)
            {
                throw new InvalidOperationException($"The key in {file} is shorter than 256 bits.");
            }

            return existing;
        }

        var key = RandomNumberGenerator.GetBytes(32);
        WriteNew(file, System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
        return key;
    }
}

public static class KeyRingSetup
{
    /// <summary>Where the Data Protection key ring is kept: <c>database</c> (default) or <c>folder</c>.</summary>
    public static bool KeysInDatabase(IConfiguration configuration) =>
        !string.Equals(configuration["Security:DataProtection:Store"], "folder", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The Data Protection key ring: in the database (table <c>DataProtectionKeys</c>), each key's secret encrypted
    /// with the folder's key-encryption certificate, so that every server of an installation reads and rotates the
    /// same ring (a cookie or a bearer token issued by one is accepted by the others, an identity encrypted by one is
    /// read by the others); or, with <c>Security:DataProtection:Store=folder</c>, as files in the key folder (one
    /// server, or a shared volume).
    /// </summary>
    public static IServiceCollection AddPasserelleKeyRing(this IServiceCollection services, KeyRing keyRing, IConfiguration configuration)
    {
        services.AddSingleton(keyRing);
        var protection = services.AddDataProtection().SetApplicationName("Passerelle");
        if (KeysInDatabase(configuration))
        {
            var certificate = keyRing.KeyEncryptionCertificate(configuration);
            protection.PersistKeysToDbContext<PasserelleDbContext>().ProtectKeysWithCertificate(certificate);
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keyRing.KeysPath));
        }

        return services;
    }
}
