namespace Passerelle.Domain.Statistics.Measures;

/// <summary>What a statistical table counts (DOMAIN.md section 7). Serialized in kebab-case.</summary>
public enum Measure
{
    Registered = 1,
    Screened = 2,
    RgPositive = 3,
    CgPositive = 4,
    Assisted = 5,
    Sheltered = 6,
    ReflectionPeriods = 7,
    ResidencePermits = 8,
    ResidencePermitsFirst = 9,
    ResidencePermitsRenewal = 10,
    Aps = 11,
    ExitPathway = 12,
    Complaints = 13,
    CompensationClaimed = 14,
    CompensationGranted = 15,
    CompensationClaimedAmount = 16,
    CompensationGrantedAmount = 17,
    Confiscations = 18,
    ChildrenMissing = 19,
}
