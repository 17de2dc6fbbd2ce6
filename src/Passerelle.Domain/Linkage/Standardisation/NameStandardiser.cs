using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>
/// Standardises given and family names: transliteration and case folding, honorifics dropped, particles of
/// family names dropped (de, du, van, al, el, ben…) so "De La Fontaine", "Lafontaine" and "Fontaine" can meet.
/// A particle or honorific is kept when it is the only word, since then it is the name.
/// </summary>
public static class NameStandardiser
{
    private static readonly HashSet<string> Honorifics =
    [
        "m", "mr", "mme", "mlle", "mrs", "ms", "miss", "dr", "docteur", "monsieur", "madame", "mademoiselle",
        "pr", "sr", "sra", "herr", "frau", "sig", "sayed", "sheikh",
    ];

    private static readonly HashSet<string> Particles =
    [
        "de", "du", "des", "d", "la", "le", "les", "l", "van", "von", "der", "den", "ter", "al", "el", "ben",
        "bin", "ibn", "bint", "abu", "abou", "da", "di", "do", "dos", "das", "del", "della", "y", "ould", "ait",
    ];

    public static StandardName GivenName(string? raw) => Build(raw, dropParticles: false);

    public static StandardName FamilyName(string? raw) => Build(raw, dropParticles: true);

    private static StandardName Build(string? raw, bool dropParticles)
    {
        var words = TextFolding.Tokens(TextFolding.Fold(raw));
        if (words.Length == 0)
        {
            return StandardName.Empty;
        }

        var kept = Without(words, Honorifics);
        if (dropParticles)
        {
            kept = Without(kept, Particles);
        }

        var joined = string.Concat(kept);
        return new StandardName(kept, joined, kept[0], FrenchPhonetic.Encode(joined));
    }

    private static string[] Without(string[] words, HashSet<string> dropped)
    {
        var kept = Array.FindAll(words, w => !dropped.Contains(w));
        return kept.Length == 0 ? words : kept;
    }
}
