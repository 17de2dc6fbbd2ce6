namespace Passerelle.Domain.Htcds;

/// <summary>
/// Means by which a trafficker keeps control of the person: the value names of HTCDS 2.0 <c>vic_MethodsOfControl</c>
/// (IOM, Human Trafficking Case Data Standard, field standards 2.0, CC BY 4.0; /work/shared/data/htcds). The
/// Palermo Protocol art. 3(a) and C. pén. art. 225-4-1 name the "means" (threat, force, abuse of vulnerability…)
/// that this list details.
/// </summary>
public enum MethodOfControl
{
    PhysicalThreats = 1,
    ThreatsLawEnforcement = 2,
    ThreatensChildrenFamily = 3,
    DebtBondage = 4,
    FalsePromises = 5,
    PhysicalAbuse = 6,
    SexualAbuse = 7,
    TakesEarnings = 8,
    RestrictsFinancialAccess = 9,
    RestrictsMedicalCare = 10,
    WithholdsNecessities = 11,
    PsychologicalAbuse = 12,
    PsychoactiveSubstance = 13,
    ExcessiveWorkingHours = 14,
    WithholdsDocuments = 15,
    Other = 99,
}

/// <summary>
/// The economic sector of forced labour: the 21 sections of ISIC Rev. 4 as HTCDS 2.0 <c>vic_ForcedLabourIndustry</c>
/// names them (A_…–U_…). The seed report asks that the sector be measured (¶34).
/// </summary>
public enum ForcedLabourIndustry
{
    AgricultureForestryAndFishing = 1,
    MiningAndQuarrying = 2,
    Manufacturing = 3,
    ElectricityGasSteamAndAirConditioningSupply = 4,
    WaterSupplySewerageWasteManagement = 5,
    Construction = 6,
    WholesaleAndRetailTradeRepairOfMotorVehicles = 7,
    TransportationAndStorage = 8,
    AccommodationAndFoodServiceActivities = 9,
    InformationAndCommunication = 10,
    FinancialAndInsuranceActivities = 11,
    RealEstateActivities = 12,
    ProfessionalScientificAndTechnicalActivities = 13,
    AdministrativeAndSupportServiceActivities = 14,
    PublicAdministrationAndDefence = 15,
    Education = 16,
    HumanHealthAndSocialWorkActivities = 17,
    ArtsEntertainmentAndRecreation = 18,
    OtherServiceActivities = 19,
    ActivitiesOfHouseholdsAsEmployers = 20,
    ActivitiesOfExtraterritorialOrganizations = 21,
}

/// <summary>HTCDS 2.0 <c>vic_TypeOfSexExploitation</c>.</summary>
public enum SexExploitationType
{
    Prostitution = 1,
    Pornography = 2,
    RemoteInteractiveServices = 3,
    PrivateSexualServices = 4,
}

/// <summary>The stage of a trafficking event: HTCDS 2.0 <c>hte_Type</c> (Recruitment, Transit, Exploitation).</summary>
public enum TraffickingStage
{
    Recruitment = 1,
    Transit = 2,
    Exploitation = 3,
}

/// <summary>
/// Where the event took place, as French practitioners describe it (the issue lists street, private flat, hotel,
/// short-term rental, online). HTCDS has no such list (<c>hte_Description</c> is free text); the export writes
/// the type in Passerelle's own column.
/// </summary>
public enum PlaceType
{
    Street = 1,
    PrivateFlat = 2,
    Hotel = 3,
    ShortTermRental = 4,
    Online = 5,
    Workplace = 6,
    MassageParlourOrBar = 7,
    Other = 99,
}

/// <summary>
/// One place and date of recruitment, transit or exploitation (HTCDS 2.0 "Trafficking Event": <c>hte_Type</c>,
/// <c>hte_Country</c>, <c>hte_City</c>, <c>hte_Date</c>). The city may single a person out: it is stored encrypted
/// with the identity and read only by those who read the address; the stage, country, type and date are
/// statistics dimensions.
/// </summary>
public sealed record TraffickingPlace
{
    public TraffickingStage Stage { get; init; }
    public string? Country { get; init; }
    public string? City { get; init; }
    public PlaceType? Type { get; init; }
    public DateOnly? Date { get; init; }
}
