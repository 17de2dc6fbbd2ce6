namespace Passerelle.Domain.Screening;

/// <summary>
/// What the indicators show. Never "not a victim": <see cref="NotIndicative"/> only means the indicators recorded do
/// not meet the rule. Serialized in kebab-case.
/// </summary>
public enum ScreeningVerdict
{
    Indicative = 1,
    Partial = 2,
    NotIndicative = 3,
}
