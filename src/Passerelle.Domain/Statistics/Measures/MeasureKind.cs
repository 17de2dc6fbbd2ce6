namespace Passerelle.Domain.Statistics.Measures;

/// <summary>How a measure aggregates its persons. Serialized in kebab-case.</summary>
public enum MeasureKind
{
    /// <summary>The number of distinct persons.</summary>
    Persons = 1,

    /// <summary>A sum of euros over distinct persons; disclosure control then counts the persons behind each sum.</summary>
    Amount = 2,
}
