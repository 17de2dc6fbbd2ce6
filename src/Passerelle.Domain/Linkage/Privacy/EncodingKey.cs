using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// The secret shared by the agencies that encode, never given to the linker. Each field (and each use of a field:
/// tokens, phonetic codes, prefixes, the name filter) gets its own key derived with HKDF, so equal values in two
/// fields (the "an" of Anna and of Nantes, a name that is also a city) give unrelated tokens and bits.
/// </summary>
public sealed class EncodingKey
{
    public const int MinimumBytes = 32;

    private readonly byte[] secret;

    public EncodingKey(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumBytes)
        {
            throw new ArgumentException($"An encoding key has at least {MinimumBytes} bytes.", nameof(secret));
        }

        this.secret = secret.ToArray();
    }

    public static EncodingKey Generate() => new(RandomNumberGenerator.GetBytes(MinimumBytes));

    /// <summary>Reads a key written by <see cref="ToText"/> (base64 on one line).</summary>
    public static bool TryParse(string text, out EncodingKey? key)
    {
        key = null;
        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written < MinimumBytes)
        {
            return false;
        }

        key = new EncodingKey(buffer.AsSpan(0, written));
        return true;
    }

    public string ToText() => Convert.ToBase64String(secret);

    /// <summary>The key of one purpose of the field-level encoding (format 2, <see cref="FieldEncoder"/>).</summary>
    public byte[] Derive(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: [],
            info: Encoding.UTF8.GetBytes("passerelle-pprl-v2/" + purpose));
}
