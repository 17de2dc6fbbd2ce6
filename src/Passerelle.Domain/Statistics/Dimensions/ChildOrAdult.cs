using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Statistics.Dimensions;

/// <summary>Serialized in kebab-case: <c>child</c>, <c>adult</c>, <c>unknown</c>.</summary>
public enum ChildOrAdult
{
    Child = 1,
    Adult = 2,
    Unknown = 99,
}

public static class ChildOrAdults
{
    public static readonly IReadOnlyList<ChildOrAdult> All = [ChildOrAdult.Child, ChildOrAdult.Adult, ChildOrAdult.Unknown];

    /// <summary>
    /// A person presumed to be a minor (age disputed, DOMAIN.md section 6) counts as a child whatever the estimated
    /// age, as they are protected as one; otherwise the age at detection decides.
    /// </summary>
    public static ChildOrAdult Of(int? age, bool presumedMinor = false) => (age, presumedMinor) switch
    {
        (_, true) => ChildOrAdult.Child,
        (null or < 0 or > 120, _) => ChildOrAdult.Unknown,
        ( < PresumptionOfMinority.AgeOfMajority, _) => ChildOrAdult.Child,
        _ => ChildOrAdult.Adult,
    };
}
