using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Where the secrets live: a folder outside the database and the repository (<c>Security:KeysPath</c>),
/// holding the Data Protection key ring (encryption of identifying fields, cookies, tokens, authenticator
/// secrets), the blind-index key (exact search on legal names) and the audit HMAC key. Losing the folder makes identifying fields unreadable:
/// back it up separately from the database.
/// </summary>
public sealed class KeyRing
{
    private const string BlindIndexFileName = "blind-index.key";
    private const string AuditFileName = "audit-hmac.key";

    public KeyRing(string keysPath)
    {
        KeysPath = keysPath;
        Directory.CreateDirectory(keysPath);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keysPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        BlindIndexKey = LoadOrCreateKey(Path.Combine(keysPath, BlindIndexFileName));
        AuditKey = LoadOrCreateKey(Path.Combine(keysPath, AuditFileName));
    }

    public string KeysPath { get; }

    public byte[] BlindIndexKey { get; }

    /// <summary>The HMAC key of the audit chain and its checkpoints (<c>audit-hmac.key</c>).</summary>
    public byte[] AuditKey { get; }

    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var path = configuration["Security:KeysPath"] ?? "data/keys";
        return Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
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
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(file, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        return key;
    }
}

public static class KeyRingSetup
{
    public static IServiceCollection AddPasserelleKeyRing(this IServiceCollection services, KeyRing keyRing)
    {
        services.AddSingleton(keyRing);
        services.AddDataProtection()
            .SetApplicationName("Passerelle")
            .PersistKeysToFileSystem(new DirectoryInfo(keyRing.KeysPath));
        return services;
    }
}
