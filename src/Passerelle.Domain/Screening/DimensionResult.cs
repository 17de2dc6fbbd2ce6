namespace Passerelle.Domain.Screening;

/// <summary>The indicators observed in one dimension, counted by strength, and whether they make the dimension present.</summary>
public sealed record DimensionResult(Dimension Dimension, IReadOnlyList<Indicator> Observed)
{
    public int Strong => Observed.Count(i => i.Strength == Strength.Strong);
    public int Medium => Observed.Count(i => i.Strength == Strength.Medium);
    public int Weak => Observed.Count(i => i.Strength == Strength.Weak);
    public bool Present => DimensionRule.IsPresent(Strong, Medium, Weak);
}
