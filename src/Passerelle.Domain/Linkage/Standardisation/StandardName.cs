using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>
/// A name after folding: its words without honorifics (and, for family names, without particles),
/// <see cref="Joined"/> the words glued together ("de la Fontaine" → "fontaine", "Jean-Pierre" → "jeanpierre"),
/// <see cref="First"/> the first word, and <see cref="Phonetic"/> the phonetic code of <see cref="Joined"/>.
/// </summary>
/// <remarks>
/// An <b>encoded</b> name (privacy-preserving linkage, <see cref="Privacy.FieldEncoder"/>) has the same shape with
/// every text replaced by a keyed token, plus a Bloom filter of <see cref="Joined"/>'s bigrams
/// (<see cref="Filter"/>, compared by Dice instead of Jaro–Winkler) and the tokens of its blocking keys
/// (<see cref="Keys"/>), since a prefix or a phonetic code cannot be computed from a token.
/// </remarks>
public sealed record StandardName(IReadOnlyList<string> Words, string Joined, string First, string Phonetic)
{
    public static StandardName Empty { get; } = new([], "", "", "");

    public bool IsEmpty => Joined.Length == 0;

    /// <summary>Bloom filter of the clear name's padded bigrams; null for a clear name.</summary>
    public ulong[]? Filter { get; init; }

    /// <summary>Tokens of the clear name's prefixes and first-word code; null for a clear name.</summary>
    public EncodedNameKeys? Keys { get; init; }

    /// <summary>The first <paramref name="length"/> letters (1 to 3), or null when the name is shorter.</summary>
    public string? Prefix(int length) =>
        Keys is { } keys ? keys.Prefix(length) : Joined.Length < length ? null : Joined[..length];

    /// <summary>The phonetic code of the first word, or empty.</summary>
    public string FirstCode => Keys?.FirstCode ?? (First.Length == 0 ? "" : FrenchPhonetic.Encode(First));
}

/// <summary>Blocking keys of an encoded name: tokens of its 1-, 2- and 3-letter prefixes and of its first word's code.</summary>
public sealed record EncodedNameKeys(string? Prefix1, string? Prefix2, string? Prefix3, string FirstCode)
{
    public string? Prefix(int length) => length switch
    {
        1 => Prefix1,
        2 => Prefix2,
        3 => Prefix3,
        _ => throw new ArgumentOutOfRangeException(nameof(length), "Prefixes of 1 to 3 letters are encoded."),
    };
}
