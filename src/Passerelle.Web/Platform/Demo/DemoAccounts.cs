using Passerelle.DemoData;
using Passerelle.Domain.Access;
using Passerelle.Domain.Agencies;

namespace Passerelle.Web.Platform.Demo;

/// <summary>The fictional agencies and the accounts of demo mode, each in the agency and role its name says.</summary>
public static class DemoAccounts
{
    public sealed record DemoAgency(string Key, string Name, AgencyType Type, string? Departement);

    public sealed record DemoUser(string Email, string DisplayName, string AgencyKey, Role Role);

    public const string CoordinationKey = "coordination";
    public const string ShelterKey = "shelter";

    public static readonly IReadOnlyList<DemoAgency> Agencies =
    [
        new(DemoAgencies.Police, "Commissariat Démo de Saint-Fictif (fictif)", AgencyType.Police, "93"),
        new(DemoAgencies.Ngo, "Association Refuge Démo (fictive)", AgencyType.SpecialisedNgo, "75"),
        new(DemoAgencies.Ngo2, "Collectif Horizon Démo (fictif)", AgencyType.SpecialisedNgo, "13"),
        new(DemoAgencies.Labour, "Inspection du travail, unité Démo (fictive)", AgencyType.LabourInspection, "75"),
        new(DemoAgencies.ChildWelfare, "Aide sociale à l'enfance Démo (fictive)", AgencyType.ChildWelfare, "93"),
        new(ShelterKey, "Centre d'hébergement Démo (fictif)", AgencyType.SpecialisedNgo, "75"),
        new(CoordinationKey, "Coordination nationale Démo (fictive)", AgencyType.Coordinator, null),
    ];

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("police@demo.test", "Agent Démo Police", DemoAgencies.Police, Role.Screener),
        new("ngo@demo.test", "Travailleuse sociale Démo", DemoAgencies.Ngo, Role.CaseManager),
        new("ngo2@demo.test", "Travailleur social Démo 2", DemoAgencies.Ngo2, Role.CaseManager),
        new("labour@demo.test", "Inspectrice Démo", DemoAgencies.Labour, Role.Screener),
        new("childwelfare@demo.test", "Éducateur ASE Démo", DemoAgencies.ChildWelfare, Role.CaseManager),
        new("shelter@demo.test", "Intervenante hébergement Démo", ShelterKey, Role.CaseManager),
        new("coordinator@demo.test", "Coordinatrice Démo", CoordinationKey, Role.Coordinator),
        new("statistician@demo.test", "Statisticien Démo", CoordinationKey, Role.Statistician),
        new("auditor@demo.test", "Auditrice Démo", CoordinationKey, Role.Auditor),
        new("admin@demo.test", "Administrateur Démo", CoordinationKey, Role.Administrator),
    ];
}
