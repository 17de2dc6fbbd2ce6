namespace Passerelle.Domain.Statistics.Dimensions;

/// <summary>Age at detection, in the groups the statistics publish. Codes come from <see cref="AgeGroups.Code"/>.</summary>
public enum AgeGroup
{
    Under15 = 1,
    From15To17 = 2,
    From18To24 = 3,
    From25To34 = 4,
    From35To44 = 5,
    From45 = 6,
    Unknown = 99,
}
