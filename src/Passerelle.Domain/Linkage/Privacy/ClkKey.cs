using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// The secret shared by the agencies that encode, never given to the linker. Each field gets its own key
/// derived with HKDF, so equal q-grams in two fields (the "an" of Anna and of Nantes) set unrelated bits.
/// </summary>
public sealed class ClkKey
{
    public const int MinimumBytes = 32;

    private readonly byte[] secret;

    public ClkKey(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumBytes)
        {
            throw new ArgumentException($"A CLK key has at least {MinimumBytes} bytes.", nameof(secret));
        }

        this.secret = secret.ToArray();
    }

    public static ClkKey Generate() => new(RandomNumberGenerator.GetBytes(MinimumBytes));

    /// <summary>Reads a key written by <see cref="ToText"/> (base64 on one line).</summary>
    public static bool TryParse(string text, out ClkKey? key)
    {
        key = null;
        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written < MinimumBytes)
        {
            return false;
        }

        key = new ClkKey(buffer.AsSpan(0, written));
        return true;
    }

    public string ToText() => Convert.ToBase64String(secret);

    /// <summary>The HMAC key of one field of one encoding scheme version.</summary>
    public byte[] FieldKey(LinkageField field) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: [],
            info: Encoding.UTF8.GetBytes("passerelle-clk-v1/" + LinkageFields.Name(field)));
}
