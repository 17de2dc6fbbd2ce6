using System.Security.Cryptography;

namespace Passerelle.Web.Platform.Security;

public static class Passwords
{
    // No look-alikes (0/O, 1/l/I): these passwords are read off a screen and typed by hand.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random password of about 120 bits, grouped for reading: <c>xxxx-xxxx-xxxx-xxxx-xxxx</c>.</summary>
    /// <remarks>Drawn again until it holds a digit, a lower- and an upper-case letter, as the password policy requires.</remarks>
    public static string Generate()
    {
        string raw;
        do
        {
            raw = RandomNumberGenerator.GetString(Alphabet, 20);
        }
        while (!raw.Any(char.IsDigit) || !raw.Any(char.IsLower) || !raw.Any(char.IsUpper));

        return string.Join('-', Enumerable.Range(0, 5).Select(i => raw.Substring(i * 4, 4)));
    }
}
