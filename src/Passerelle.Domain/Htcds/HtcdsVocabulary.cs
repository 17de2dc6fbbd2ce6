using Passerelle.Domain.Cases;

namespace Passerelle.Domain.Htcds;

/// <summary>
/// The HTCDS 2.0 picklists Passerelle writes and reads, with their value names and labels exactly as in IOM's
/// "HTCDS Field Standards 2.0" (/work/shared/data/htcds, CC BY 4.0). Where Passerelle's own list differs (sex,
/// form of exploitation, means of recruitment) the mapping is one-to-one where the standard has the value and
/// goes to the nearest value or Other otherwise; docs/htcds-mapping.md lists every such choice.
/// </summary>
public static class HtcdsVocabulary
{
    /// <summary><c>prs_Gender</c>. HTCDS records gender; Passerelle records sex as declared. Transgender values read as Other.</summary>
    public static readonly HtcdsPicklist<Sex> Gender = new("prs_Gender",
    [
        (Sex.Female, "Feminine", "Feminine"),
        (Sex.Male, "Masculine", "Masculine"),
        (Sex.Other, "NonConforming", "Non-Conforming"),
        (Sex.Unknown, "NonSpecifiedUnknown", "Not Specified/Unknown"),
    ],
    [("TransgenderFeminine", Sex.Other), ("TransgenderMasculine", Sex.Other), ("Transgender Feminine", Sex.Other), ("Transgender Masculine", Sex.Other)]);

    /// <summary>
    /// <c>vic_TypeOfExploitation</c>. Forced criminality (C. pén. art. 225-4-1, "contraindre à commettre tout crime ou
    /// délit") has no HTCDS value and is written Other; child labour reads as forced labour.
    /// </summary>
    public static readonly HtcdsPicklist<ExploitationForm> TypeOfExploitation = new("vic_TypeOfExploitation",
    [
        (ExploitationForm.ForcedLabour, "ForcedLabour", "Forced labour"),
        (ExploitationForm.SexualExploitation, "SexualExploitation", "Sexual exploitation"),
        (ExploitationForm.ForcedMarriage, "ForcedMarriage", "Forced marriage"),
        (ExploitationForm.DomesticServitude, "Servitude", "Servitude"),
        (ExploitationForm.OrganRemoval, "OrganRemoval", "Organ removal"),
        (ExploitationForm.ForcedBegging, "ForcedBegging", "Forced begging"),
        (ExploitationForm.ForcedCriminality, "Other", "Other"),
        (ExploitationForm.Other, "Other", "Other"),
    ],
    [
        ("ChildLabour", ExploitationForm.ForcedLabour), ("Child labour", ExploitationForm.ForcedLabour),
        ("ForcedMilitaryByNonStateActors", ExploitationForm.Other), ("Forced military (by non-state actors)", ExploitationForm.Other),
        ("ForcedAdoption", ExploitationForm.Other), ("Surrogacy", ExploitationForm.Other),
    ]);

    /// <summary><c>vic_MethodOfRecruitment</c> against Passerelle's single means of recruitment.</summary>
    public static readonly HtcdsPicklist<RecruitmentMeans> MethodOfRecruitment = new("vic_MethodOfRecruitment",
    [
        (RecruitmentMeans.Family, "ThroughFamilyOrFamilyEvents", "Through family or family events"),
        (RecruitmentMeans.PartnerOrAcquaintance, "ThroughFriendsOrSocialEvents", "Through friends or social events"),
        (RecruitmentMeans.JobOffer, "AtAPlaceOfBusiness", "At a place of business"),
        (RecruitmentMeans.OnlineSocialNetwork, "ThroughOnlineSocialNetworks", "Through online social networks"),
        (RecruitmentMeans.OnlineAdvertisement, "ThroughAnOnlineAdvertisement", "Through an online advertisement"),
        (RecruitmentMeans.Abduction, "Other", "Other"),
        (RecruitmentMeans.Other, "Other", "Other"),
    ],
    [
        ("AtWork", RecruitmentMeans.JobOffer), ("At work", RecruitmentMeans.JobOffer),
        ("ThroughANewspaperAdvert", RecruitmentMeans.JobOffer), ("Through a newspaper advert", RecruitmentMeans.JobOffer),
        ("ThroughATelevisionAdvert", RecruitmentMeans.JobOffer), ("Through a television advert", RecruitmentMeans.JobOffer),
        ("AtAnEducationalInstitution", RecruitmentMeans.Other), ("At an educational institution", RecruitmentMeans.Other),
    ]);

    public static readonly HtcdsPicklist<MethodOfControl> MethodsOfControl = new("vic_MethodsOfControl",
    [
        (MethodOfControl.PhysicalThreats, "PhysicalThreats", "Physical threats"),
        (MethodOfControl.ThreatsLawEnforcement, "ThreatsLawEnforcement", "Threats of law enforcement"),
        (MethodOfControl.ThreatensChildrenFamily, "ThreatensChildrenFamily", "Threatens children/family"),
        (MethodOfControl.DebtBondage, "DebtBondage", "Debt bondage"),
        (MethodOfControl.FalsePromises, "FalsePromises", "False promises"),
        (MethodOfControl.PhysicalAbuse, "PhysicalAbuse", "Physical abuse"),
        (MethodOfControl.SexualAbuse, "SexualAbuse", "Sexual abuse"),
        (MethodOfControl.TakesEarnings, "TakesEarnings", "Takes earnings"),
        (MethodOfControl.RestrictsFinancialAccess, "RestrictsFinancialAccess", "Restricts financial access"),
        (MethodOfControl.RestrictsMedicalCare, "RestrictsMedicalCare", "Restricts medical care"),
        (MethodOfControl.WithholdsNecessities, "WithholdsNecessities", "Withholds necessities"),
        (MethodOfControl.PsychologicalAbuse, "PsychologicalAbuse", "Psychological abuse"),
        (MethodOfControl.PsychoactiveSubstance, "PsychoactiveSubstance", "Psychoactive substance"),
        (MethodOfControl.ExcessiveWorkingHours, "ExcessiveWorkingHours", "Excessive working hours"),
        (MethodOfControl.WithholdsDocuments, "WithholdsDocuments", "Withholds documents"),
        (MethodOfControl.Other, "Other", "Other"),
    ]);

    public static readonly HtcdsPicklist<ForcedLabourIndustry> ForcedLabourIndustries = new("vic_ForcedLabourIndustry",
    [
        (ForcedLabourIndustry.AgricultureForestryAndFishing, "A_AgricultureForestryAndFishing", "Agriculture, forestry and fishing"),
        (ForcedLabourIndustry.MiningAndQuarrying, "B_MiningAndQuarrying", "Mining and quarrying"),
        (ForcedLabourIndustry.Manufacturing, "C_Manufacturing", "Manufacturing"),
        (ForcedLabourIndustry.ElectricityGasSteamAndAirConditioningSupply, "D_ElectricityGasSteamAndAirConditioningSupply", "Electricity, gas, steam and air conditioning supply"),
        (ForcedLabourIndustry.WaterSupplySewerageWasteManagement, "E_WaterSupplySewerageWasteManagement", "Water supply; sewerage, waste management and remediation"),
        (ForcedLabourIndustry.Construction, "F_Construction", "Construction"),
        (ForcedLabourIndustry.WholesaleAndRetailTradeRepairOfMotorVehicles, "G_WholesaleAndRetailTradeRepairOfMotorVehicles", "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
        (ForcedLabourIndustry.TransportationAndStorage, "H_TransportationAndStorage", "Transportation and storage"),
        (ForcedLabourIndustry.AccommodationAndFoodServiceActivities, "I_AccommodationAndFoodServiceActivities", "Accommodation and food service activities"),
        (ForcedLabourIndustry.InformationAndCommunication, "J_InformationAndCommunication", "Information and communication"),
        (ForcedLabourIndustry.FinancialAndInsuranceActivities, "K_FinancialAndInsuranceActivities", "Financial and insurance activities"),
        (ForcedLabourIndustry.RealEstateActivities, "L_RealEstateActivities", "Real estate activities"),
        (ForcedLabourIndustry.ProfessionalScientificAndTechnicalActivities, "M_ProfessionalScientificAndTechnicalActivities", "Professional, scientific and technical activities"),
        (ForcedLabourIndustry.AdministrativeAndSupportServiceActivities, "N_AdministrativeAndSupportServiceActivities", "Administrative and support service activities"),
        (ForcedLabourIndustry.PublicAdministrationAndDefence, "O_PublicAdministrationAndDefence", "Public administration and defence; compulsory social security"),
        (ForcedLabourIndustry.Education, "P_Education", "Education"),
        (ForcedLabourIndustry.HumanHealthAndSocialWorkActivities, "Q_HumanHealthAndSocialWorkActivities", "Human health and social work activities"),
        (ForcedLabourIndustry.ArtsEntertainmentAndRecreation, "R_ArtsEntertainmentAndRecreation", "Arts, entertainment and recreation"),
        (ForcedLabourIndustry.OtherServiceActivities, "S_OtherServiceActivities", "Other service activities"),
        (ForcedLabourIndustry.ActivitiesOfHouseholdsAsEmployers, "T_ActivitiesOfHouseholdsAsEmployers", "Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use"),
        (ForcedLabourIndustry.ActivitiesOfExtraterritorialOrganizations, "U_ActivitiesOfExtraterritorialOrganizations", "Activities of extraterritorial organizations and bodies"),
    ]);

    public static readonly HtcdsPicklist<SexExploitationType> TypeOfSexExploitation = new("vic_TypeOfSexExploitation",
    [
        (SexExploitationType.Prostitution, "Prostitution", "Prostitution"),
        (SexExploitationType.Pornography, "Pornography", "Pornography"),
        (SexExploitationType.RemoteInteractiveServices, "RemoteInteractiveServices", "Remote Interactive Services"),
        (SexExploitationType.PrivateSexualServices, "PrivateSexualServices", "Private Sexual Services"),
    ]);

    /// <summary>
    /// <c>vic_TraffickingStatus</c> from the case's place in the NRM procedure (DOMAIN.md §2): a positive conclusive
    /// grounds decision is an actual victim, a negative decision at either stage is not a victim, anything before
    /// is a possible victim.
    /// </summary>
    public static string TraffickingStatus(CaseStatus status) => status switch
    {
        CaseStatus.CgPositive => "ActualVictimOfTrafficking",
        CaseStatus.RgNegative or CaseStatus.CgNegative => "NotAVictimOfTrafficking",
        CaseStatus.Registered or CaseStatus.Screened or CaseStatus.RgPending or CaseStatus.RgPositive or CaseStatus.CgPending or CaseStatus.Closed => "PossibleVictimOfTrafficking",
    };

    /// <summary><c>cas_Status</c>: a closed case is Closed, any other is Active (Passerelle has no follow-up state).</summary>
    public static string CaseStatusName(CaseStatus status) => status == CaseStatus.Closed ? "Closed" : "Active";

    /// <summary>The letters and digits a multi-select cell is split on: IOM's multi-select template joins with ";".</summary>
    public static IEnumerable<string> SplitMultiple(string? cell) =>
        (cell ?? "").Split([';', '|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
