using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

/// <summary>An indicator as one list presents it, with its strength in that list.</summary>
public sealed record Indicator(string Code, Dimension Dimension, Strength Strength, LocalizedText Text, bool Provisional);
