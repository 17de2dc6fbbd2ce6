using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Moving an installation from the key folder to the database (<c>Security:DataProtection:Store</c> from
/// <c>folder</c> to <c>database</c>, the default since several servers are supported): at start, after the
/// migrations and before anything is encrypted, every <c>key-{id}.xml</c> of the folder that the database does not
/// hold yet is copied into it, its secret encrypted with the key-encryption certificate as a key the ring makes
/// itself would be. The files stay where they were (a backup may need them): delete them once a backup of the
/// database holds the keys, since they are not encrypted.
/// </summary>
public static class FolderKeyImport
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    public static async Task<int> ImportAsync(IServiceProvider services, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var keys = services.GetRequiredService<KeyRing>();
        var files = Directory.Exists(keys.KeysPath) ? Directory.GetFiles(keys.KeysPath, "key-*.xml") : [];
        if (!KeyRingSetup.KeysInDatabase(configuration) || files.Length == 0)
        {
            return 0;
        }

        var encryptor = services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor
            ?? throw new InvalidOperationException("The Data Protection key ring in the database has no key-encryption certificate.");
        var db = services.GetRequiredService<PasserelleDbContext>();
        var stored = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var imported = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (stored.Contains(name))
            {
                continue;
            }

            var key = XElement.Load(file);
            foreach (var secret in key.Descendants().Where(e => (string?)e.Attribute(DataProtection + "requiresEncryption") == "true").ToList())
            {
                var encrypted = encryptor.Encrypt(new XElement(secret));
                secret.ReplaceWith(new XElement(DataProtection + "encryptedSecret",
                    new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!), encrypted.EncryptedElement));
            }

            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = key.ToString(SaveOptions.DisableFormatting) });
            imported++;
        }

        await db.SaveChangesAsync(ct);
        if (imported > 0)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FolderKeyImport)).LogWarning(
                "{Count} Data Protection keys copied from {Folder} into the database, encrypted; the files there are not: delete them once a backup holds the database",
                imported, keys.KeysPath);
        }

        return imported;
    }
}
