using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

public static class Dimensions
{
    /// <summary>The six dimensions in the order of the source (recruitment, exploitation, destination).</summary>
    public static IReadOnlyList<Dimension> All { get; } = Enum.GetValues<Dimension>();

    /// <summary>The two letters every indicator code of the dimension starts with (<c>DR-01</c>).</summary>
    public static string CodePrefix(Dimension dimension) => dimension switch
    {
        Dimension.DeceptiveRecruitment => "DR",
        Dimension.CoerciveRecruitment => "CR",
        Dimension.RecruitmentAbuseOfVulnerability => "RV",
        Dimension.ExploitativeConditions => "EC",
        Dimension.CoercionAtDestination => "CD",
        Dimension.AbuseOfVulnerabilityAtDestination => "VD",
    };

    public static LocalizedText Label(Dimension dimension) => dimension switch
    {
        Dimension.DeceptiveRecruitment => new("recrutement trompeur", "deceptive recruitment"),
        Dimension.CoerciveRecruitment => new("recrutement par la contrainte", "coercive recruitment"),
        Dimension.RecruitmentAbuseOfVulnerability => new("recrutement par abus de vulnérabilité", "recruitment by abuse of vulnerability"),
        Dimension.ExploitativeConditions => new("conditions d'exploitation", "exploitative conditions"),
        Dimension.CoercionAtDestination => new("contrainte à destination", "coercion at destination"),
        Dimension.AbuseOfVulnerabilityAtDestination => new("abus de vulnérabilité à destination", "abuse of vulnerability at destination"),
    };

    /// <summary>The recruitment dimensions: an adult needs one of them present (the "means" at recruitment).</summary>
    public static IReadOnlyList<Dimension> Recruitment { get; } =
        [Dimension.DeceptiveRecruitment, Dimension.CoerciveRecruitment, Dimension.RecruitmentAbuseOfVulnerability];

    /// <summary>The destination dimensions: an adult needs one of them present (the "means" that keep the person exploited).</summary>
    public static IReadOnlyList<Dimension> Destination { get; } =
        [Dimension.CoercionAtDestination, Dimension.AbuseOfVulnerabilityAtDestination];
}
