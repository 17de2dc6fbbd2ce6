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

    /// <summary>Proceedings charging trafficking in human beings only (Criminal Code art. 225-4-1 ff.).</summary>
    ChargedTrafficking = 20,

    /// <summary>Proceedings charging procuring only (art. 225-5 ff.), without trafficking.</summary>
    ChargedProcuring = 21,

    /// <summary>Proceedings charging both trafficking and procuring (cumulative qualification).</summary>
    ChargedBoth = 22,

    /// <summary>A prosecution brought (CPP art. 706-5): a court or an investigating judge decided.</summary>
    Prosecuted = 23,

    /// <summary>A conviction.</summary>
    Convicted = 24,
}
