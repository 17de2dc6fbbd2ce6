using System.Text.Json;

namespace Passerelle.Web.Platform.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup folder: what the dump holds and which keys can read it. The keys themselves
/// are never in the manifest; <see cref="KeyFingerprint"/> only tells whether the key folder present at restore
/// is the one the database was encrypted with.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTimeOffset TakenAt,
    string Provider,
    string? Migration,
    long AuditHeadSequence,
    string? AuditHeadHash,
    string KeyFingerprint,
    IReadOnlyList<string> DataProtectionKeys,
    string File,
    string Sha256)
{
    public const string FileName = "manifest.json";

    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task WriteAsync(string directory, CancellationToken ct)
    {
        await using var stream = System.IO.File.Create(Path.Combine(directory, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, ct);
    }

    /// <summary>The manifest of <paramref name="directory"/>, or null when there is none or it cannot be read.</summary>
    public static async Task<BackupManifest?> ReadAsync(string directory, CancellationToken ct)
    {
        var path = Path.Combine(directory, FileName);
        if (!System.IO.File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = System.IO.File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
