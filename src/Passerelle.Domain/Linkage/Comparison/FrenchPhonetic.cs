using System.Text;

namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>
/// A phonetic key for names written by French agencies, including names from the main countries of origin
/// after transliteration. Written by hand because no maintained .NET library offers a French or multi-origin
/// phonetic code (Phonetix.Net and the Soundex/Metaphone packages are English-only and unmaintained; the Beider–Morse
/// port in Lucene.Net is a beta not available on our package mirror).
/// </summary>
/// <remarks>
/// The key is a consonant skeleton: vowels vanish (so Mohamed, Muhammad, Mouhamed and the Arabic محمد, which
/// AnyAscii transliterates without vowels, meet), voiced and voiceless pairs merge (Dupont/Dupond, Ahmed/Ahmet),
/// French and English spellings of one sound merge (ch/sh/tch/sch, j/dj/zh/ge, ph/f, qu/k/c, gu), a silent
/// initial h or a leading vowel becomes 'A', consonants repeated without a vowel between collapse, and a
/// final T or S written as a consonant letter is dropped, as French leaves it silent (Dupont/Dupond).
/// It is a blocking and comparison aid, never evidence on its own.
/// </remarks>
public static class FrenchPhonetic
{
    public static string Encode(string folded)
    {
        var s = Letters(folded);
        if (s.Length == 0)
        {
            return "";
        }

        var code = new StringBuilder(s.Length);
        var lastSound = "";
        var i = 0;
        while (i < s.Length)
        {
            var (sound, length) = Sound(s, i);
            i += length;
            if (sound.Length == 0)
            {
                // A vowel or a silent h separates two equal consonants (Mamadou keeps both m).
                lastSound = "";
            }
            else if (sound != lastSound)
            {
                code.Append(sound);
                lastSound = sound;
            }
        }

        if (code.Length >= 3 && code[^1] is 'T' or 'S' && !IsVowel(s[^1]))
        {
            code.Length--;
        }

        return code.ToString();
    }

    private static (string Sound, int Length) Sound(string s, int i)
    {
        var c = s[i];
        var next = At(s, i + 1);
        var afterNext = At(s, i + 2);
        return c switch
        {
            _ when IsVowel(c) || c == 'h' => (i == 0 ? "A" : "", 1),
            'c' when next == 'h' => (afterNext == 'r' ? "K" : "X", 2),
            'c' when IsFront(next) => ("S", 1),
            'c' when next is 'k' or 'q' => ("K", 2),
            'c' => ("K", 1),
            's' when next == 'c' && afterNext == 'h' => ("X", 3),
            's' when next == 'h' => ("X", 2),
            's' when next == 'c' && IsFront(afterNext) => ("S", 2),
            'z' when next == 'h' => ("J", 2),
            's' or 'z' => ("S", 1),
            't' when next == 's' && afterNext == 'c' && At(s, i + 3) == 'h' => ("X", 4),
            't' when next == 'c' && afterNext == 'h' => ("X", 3),
            't' when next == 's' && afterNext == 'h' => ("X", 3),
            't' when next == 'h' => ("T", 2),
            'd' when next == 'j' => ("J", 2),
            'd' when next == 'z' && afterNext == 'h' => ("J", 3),
            'd' or 't' => ("T", 1),
            'j' => ("J", 1),
            'g' when next == 'h' => ("K", 2),
            'g' when next == 'n' => ("N", 2),
            'g' when next == 'u' && IsFront(afterNext) => ("K", 2),
            'g' when IsFront(next) => ("J", 1),
            'k' when next == 'h' => ("K", 2),
            'q' when next == 'u' => ("K", 2),
            'g' or 'k' or 'q' => ("K", 1),
            'p' when next == 'h' => ("F", 2),
            'p' or 'b' => ("P", 1),
            'f' or 'v' => ("F", 1),
            'x' => (i == s.Length - 1 ? "" : "KS", 1),
            'l' or 'm' or 'n' or 'r' => (char.ToUpperInvariant(c).ToString(), 1),
            _ => ("", 1),
        };
    }

    // e, i, y soften a preceding c or g in French (and in most Latin-script spellings).
    private static bool IsFront(char c) => c is 'e' or 'i' or 'y';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static string Letters(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
