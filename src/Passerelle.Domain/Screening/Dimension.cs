namespace Passerelle.Domain.Screening;

/// <summary>The six dimensions of the ILO / EC operational indicators. Serialized in kebab-case.</summary>
public enum Dimension
{
    DeceptiveRecruitment = 1,
    CoerciveRecruitment = 2,
    RecruitmentAbuseOfVulnerability = 3,
    ExploitativeConditions = 4,
    CoercionAtDestination = 5,
    AbuseOfVulnerabilityAtDestination = 6,
}
