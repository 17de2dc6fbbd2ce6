namespace Passerelle.Domain.Deadlines;

/// <summary>The French public holidays (jours fériés). Serialized in kebab-case.</summary>
public enum PublicHoliday
{
    NewYearsDay = 1,
    EasterMonday = 2,
    LabourDay = 3,
    VictoryInEuropeDay = 4,
    AscensionDay = 5,
    WhitMonday = 6,
    BastilleDay = 7,
    AssumptionDay = 8,
    AllSaintsDay = 9,
    ArmisticeDay = 10,
    ChristmasDay = 11,

    /// <summary>Alsace-Moselle local law only (Code du travail L.3134-13).</summary>
    GoodFriday = 12,

    /// <summary>Alsace-Moselle local law only (Code du travail L.3134-13).</summary>
    SaintStephensDay = 13,

    /// <summary>Overseas départements only, on a date of their own (Law 83-550, decree 83-1003, Code du travail L.3422-2).</summary>
    AbolitionOfSlaveryDay = 14,
}

public sealed record Holiday(DateOnly Date, PublicHoliday Kind);
