namespace Passerelle.Domain.Screening;

/// <summary>How strongly an indicator points to trafficking, as rated by the Delphi survey. Serialized in kebab-case.</summary>
public enum Strength
{
    Strong = 1,
    Medium = 2,
    Weak = 3,
}
