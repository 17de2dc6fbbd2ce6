namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// u of the fields that depend on another one among non-matches, used when field <see cref="ConditionField"/> is
/// at or above <see cref="FromLevel"/>. A given name tells the sex and often the origin: two different persons
/// with the same given name agree on sex and nationality far more often than two random persons, and counting
/// those agreements as independent evidence would link namesakes. <see cref="U"/>[f] is null for a field taken
/// as independent.
/// </summary>
public sealed record ConditionalU(int ConditionField, byte FromLevel, IReadOnlyList<double[]?> U)
{
    public bool Applies(ulong packedLevels)
    {
        var level = PackedLevels.Level(packedLevels, ConditionField);
        return level != Comparison.ComparisonLevel.Missing && level >= FromLevel;
    }
}
