namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>How small counts are hidden. Serialized in kebab-case.</summary>
public enum DisclosureMethod
{
    /// <summary>Primary suppression below the threshold, then complementary suppression (the domain's default; published tables use <see cref="CellKey"/>).</summary>
    Suppression = 1,

    /// <summary>Every count rounded to a multiple of the base, margins rounded independently.</summary>
    Rounding = 2,

    /// <summary>
    /// Cell-key perturbation (ABS TableBuilder, ONS Census 2021): every cell, margins included, gets a small bounded
    /// noise read from the published <see cref="PerturbationTable"/> at its count and cell key, so that the same
    /// persons always get the same noise. See docs/statistics-disclosure.md.
    /// </summary>
    CellKey = 3,
}
