using System.Security.Cryptography;

namespace Passerelle.Web.Platform.Security;

public static class Passwords
{
    // No look-alikes (0/O, 1/l/I): these passwords are read off a screen and typed by hand.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random password of about 120 bits, grouped for reading: <c>xxxx-xxxx-xxxx-xxxx-xxxx</c>.</summary>
    public static string Generate()
    {
        var raw = RandomNumberGenerator.GetString(Alphabet, 20);
        return string.Join('-', Enumerable.Range(0, 5).Select(i => raw.Substring(i * 4, 4)));
    }
}
