using System.Security.Cryptography;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform.Backup;

/// <summary>
/// The key folder as a backup sees it: a fingerprint of the blind-index and audit keys (an HMAC of a fixed text,
/// which reveals nothing of the keys), the Data Protection key files that encrypted the identifying fields, and
/// copying the folder elsewhere.
/// </summary>
public static class KeyFolder
{
    public static string Fingerprint(KeyRing keys)
    {
        var label = "passerelle backup key fingerprint v1"u8;
        var audit = HMACSHA256.HashData(keys.AuditKey, label);
        var blind = HMACSHA256.HashData(keys.BlindIndexKey, label);
        return Convert.ToHexStringLower(SHA256.HashData([.. audit, .. blind]))[..32];
    }

    /// <summary>The Data Protection key files (<c>key-{id}.xml</c>) in the folder, by name.</summary>
    public static IReadOnlyList<string> DataProtectionKeys(string keysPath) =>
        Directory.Exists(keysPath)
            ? [.. Directory.EnumerateFiles(keysPath, "key-*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Copies every file of <paramref name="from"/> into <paramref name="to"/>, readable by the owner only.</summary>
    public static void Copy(string from, string to, bool overwrite)
    {
        Directory.CreateDirectory(to);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(to, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        foreach (var file in Directory.EnumerateFiles(from))
        {
            var target = Path.Combine(to, Path.GetFileName(file));
            File.Copy(file, target, overwrite);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    /// <summary>
    /// The files of <paramref name="from"/> that <paramref name="to"/> holds with other content: copying would replace
    /// a key that may encrypt data, so the operator has to say so.
    /// </summary>
    public static IReadOnlyList<string> Conflicts(string from, string to) =>
        [.. Directory.EnumerateFiles(from)
            .Where(f => File.Exists(Path.Combine(to, Path.GetFileName(f))))
            .Where(f => !File.ReadAllBytes(f).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(to, Path.GetFileName(f)))))
            .Select(f => Path.GetFileName(f))];

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or inside it.</summary>
    public static bool IsWithin(string inner, string outer)
    {
        var a = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inner)) + Path.DirectorySeparatorChar;
        var b = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outer)) + Path.DirectorySeparatorChar;
        return a.StartsWith(b, StringComparison.Ordinal);
    }
}
