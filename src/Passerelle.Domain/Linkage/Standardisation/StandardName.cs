namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>
/// A name after folding: its words without honorifics (and, for family names, without particles),
/// <see cref="Joined"/> the words glued together ("de la Fontaine" → "fontaine", "Jean-Pierre" → "jeanpierre"),
/// <see cref="First"/> the first word, and <see cref="Phonetic"/> the phonetic code of <see cref="Joined"/>.
/// </summary>
public sealed record StandardName(IReadOnlyList<string> Words, string Joined, string First, string Phonetic)
{
    public static StandardName Empty { get; } = new([], "", "", "");

    public bool IsEmpty => Joined.Length == 0;
}
