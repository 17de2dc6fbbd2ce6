namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>
/// Levels are small integers per field: 0 is disagreement, higher is closer agreement, and
/// <see cref="Missing"/> says one side has no value (the field then adds no weight either way).
/// </summary>
public static class ComparisonLevel
{
    public const byte Missing = byte.MaxValue;
}
