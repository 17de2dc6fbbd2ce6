using Passerelle.Domain.Access;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;

namespace Passerelle.Web.Platform.Localization;

/// <summary>English labels of domain values; they are also the keys of their French translations.</summary>
public static class Labels
{
    public static string Of(Sex sex) => sex switch
    {
        Sex.Female => "Female",
        Sex.Male => "Male",
        Sex.Other => "Other",
        Sex.Unknown => "Unknown",
    };

    public static string Of(ExploitationForm form) => form switch
    {
        ExploitationForm.SexualExploitation => "Sexual exploitation",
        ExploitationForm.ForcedLabour => "Forced labour",
        ExploitationForm.DomesticServitude => "Domestic servitude",
        ExploitationForm.ForcedCriminality => "Forced criminality",
        ExploitationForm.ForcedBegging => "Forced begging",
        ExploitationForm.OrganRemoval => "Organ removal",
        ExploitationForm.ForcedMarriage => "Forced marriage",
        ExploitationForm.Other => "Other form",
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Registered => "Registered",
        CaseStatus.Screened => "Screened",
        CaseStatus.RgPending => "Reasonable grounds pending",
        CaseStatus.RgPositive => "Reasonable grounds: positive",
        CaseStatus.RgNegative => "Reasonable grounds: negative",
        CaseStatus.CgPending => "Conclusive grounds pending",
        CaseStatus.CgPositive => "Conclusive grounds: positive",
        CaseStatus.CgNegative => "Conclusive grounds: negative",
        CaseStatus.Closed => "Closed",
    };

    public static string Of(AgencyType type) => type switch
    {
        AgencyType.Police => "Police",
        AgencyType.Gendarmerie => "Gendarmerie",
        AgencyType.LabourInspection => "Labour inspection",
        AgencyType.SpecialisedNgo => "Specialised NGO",
        AgencyType.ChildWelfare => "Child welfare",
        AgencyType.AsylumImmigration => "Asylum and immigration office",
        AgencyType.Health => "Health",
        AgencyType.Prosecution => "Prosecution",
        AgencyType.Coordinator => "National coordination",
    };

    public static string Of(Role role) => role switch
    {
        Role.Screener => "Screener",
        Role.CaseManager => "Case manager",
        Role.Coordinator => "National coordinator",
        Role.Statistician => "Statistician",
        Role.Auditor => "Auditor",
        Role.Administrator => "Administrator",
    };
}
