using System.Text;
using AnyAscii;

namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>
/// Folds any script to lower-case ASCII letters, digits and single spaces. Transliteration is AnyAscii's
/// (Cyrillic, Arabic, Chinese, accents…), so the same name typed in two scripts meets in one spelling.
/// Every other character (hyphen, apostrophe of an elided particle, dot) separates words.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var ascii = IsAscii(text) ? text : text.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        var pendingSpace = false;
        foreach (var c in ascii)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(lower);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static string[] Tokens(string folded) =>
        folded.Length == 0 ? [] : folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string DigitsOnly(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
