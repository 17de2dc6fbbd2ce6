namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>How small counts are hidden. Serialized in kebab-case.</summary>
public enum DisclosureMethod
{
    /// <summary>Primary suppression below the threshold, then complementary suppression (the default).</summary>
    Suppression = 1,

    /// <summary>Every count rounded to a multiple of the base, margins rounded independently.</summary>
    Rounding = 2,
}
