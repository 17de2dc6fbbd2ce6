using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;

namespace Passerelle.Domain.Statistics.Tables;

/// <summary>A measure broken down by up to three dimensions, over the persons whose categories match every filter.</summary>
public sealed record StatisticsQuery(Measure Measure, IReadOnlyList<StatisticalDimension> By)
{
    public const int MaxDimensions = 3;

    /// <summary>Category codes a person must fall in, such as <c>year = 2025</c>.</summary>
    public IReadOnlyDictionary<StatisticalDimension, string> Filters { get; init; } = new Dictionary<StatisticalDimension, string>();

    /// <summary>Why the query cannot be answered, or null.</summary>
    public string? Problem =>
        By.Count > MaxDimensions ? $"At most {MaxDimensions} dimensions."
        : By.Distinct().Count() != By.Count ? "A dimension is repeated."
        : !Enum.IsDefined(Measure) ? "Unknown measure."
        : null;
}
