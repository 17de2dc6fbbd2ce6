using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Passerelle.Web.Features.Users;

namespace Passerelle.Web.Platform.Security;

/// <summary>TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) with a tolerance of one step either side.</summary>
public static class TotpCode
{
    public const int StepSeconds = 30;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The step (now, the one before or the one after) whose code is <paramref name="code"/>, or null.</summary>
    public static long? Match(string base32Key, string? code, DateTimeOffset now)
    {
        code = code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal) ?? "";
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || Base32(base32Key) is not { Length: > 0 } key)
        {
            return null;
        }

        var current = StepAt(now);
        long? matched = null;
        // Every candidate is computed and compared in constant time, whichever matches.
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Compute(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                matched ??= step;
            }
        }

        return matched;
    }

    public static string Compute(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        // RFC 6238 as every authenticator app implements it: HMAC-SHA1 (still sound as a MAC).
#pragma warning disable CA5350
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[]? Base32(string? text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = (text ?? "").Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var output = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. output];
    }
}

/// <summary>
/// The authenticator-app token provider: a code is accepted once. The step it belongs to is stored on the account
/// (<see cref="User.LastTotpStep"/>) and no code of that step or an earlier one is accepted again, on the page
/// or the API; the update is guarded by the account's concurrency stamp, so two simultaneous uses of one code
/// cannot both succeed. Only the current step and one either side are accepted (Identity's own provider accepts
/// five codes at once and any number of times).
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<User>
{
    public const string ProviderName = "PasserelleAuthenticator";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        return key is not null && TotpCode.Match(key, token, clock.GetUtcNow()) is { } step && await ConsumeAsync(manager, user, step);
    }

    /// <summary>Marks the step used; false when it (or a later one) already was, or when another request got there first.</summary>
    public static async Task<bool> ConsumeAsync(UserManager<User> manager, User user, long step)
    {
        if (user.LastTotpStep is { } last && step <= last)
        {
            return false;
        }

        user.LastTotpStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
