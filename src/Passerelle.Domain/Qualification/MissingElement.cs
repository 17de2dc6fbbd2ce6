namespace Passerelle.Domain.Qualification;

/// <summary>An element of the offence of trafficking the facts do not establish. Serialized in kebab-case.</summary>
public enum MissingElement
{
    Act = 1,
    Means = 2,
    Purpose = 3,
}
