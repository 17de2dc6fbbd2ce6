namespace Passerelle.Domain.Screening;

/// <summary>Which indicator list applies: a child (under 18, or presumed so) or an adult. Serialized in kebab-case.</summary>
public enum Population
{
    Adult = 1,
    Child = 2,
}
