using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Statistics.Dimensions;

public static class AgeGroups
{
    public static readonly IReadOnlyList<AgeGroup> All =
        [AgeGroup.Under15, AgeGroup.From15To17, AgeGroup.From18To24, AgeGroup.From25To34, AgeGroup.From35To44, AgeGroup.From45, AgeGroup.Unknown];

    /// <summary>The group of an age in whole years at detection; a negative or implausible age is unknown.</summary>
    public static AgeGroup Of(int? age) => age switch
    {
        null or < 0 or > 120 => AgeGroup.Unknown,
        < 15 => AgeGroup.Under15,
        < 18 => AgeGroup.From15To17,
        < 25 => AgeGroup.From18To24,
        < 35 => AgeGroup.From25To34,
        < 45 => AgeGroup.From35To44,
        _ => AgeGroup.From45,
    };

    public static string Code(AgeGroup group) => group switch
    {
        AgeGroup.Under15 => "under-15",
        AgeGroup.From15To17 => "15-17",
        AgeGroup.From18To24 => "18-24",
        AgeGroup.From25To34 => "25-34",
        AgeGroup.From35To44 => "35-44",
        AgeGroup.From45 => "45-and-over",
        AgeGroup.Unknown => Category.UnknownCode,
    };

    public static LocalizedText Label(AgeGroup group) => group switch
    {
        AgeGroup.Under15 => new("Moins de 15 ans", "Under 15"),
        AgeGroup.From15To17 => new("15 à 17 ans", "15 to 17"),
        AgeGroup.From18To24 => new("18 à 24 ans", "18 to 24"),
        AgeGroup.From25To34 => new("25 à 34 ans", "25 to 34"),
        AgeGroup.From35To44 => new("35 à 44 ans", "35 to 44"),
        AgeGroup.From45 => new("45 ans et plus", "45 and over"),
        AgeGroup.Unknown => Category.Unknown.Label,
    };

    /// <summary>Child or adult from the group alone, as the k-anonymous export generalises it.</summary>
    public static ChildOrAdult ChildOrAdultOf(AgeGroup group) => group switch
    {
        AgeGroup.Under15 or AgeGroup.From15To17 => ChildOrAdult.Child,
        AgeGroup.Unknown => ChildOrAdult.Unknown,
        _ => ChildOrAdult.Adult,
    };
}
