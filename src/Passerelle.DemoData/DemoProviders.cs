using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;

namespace Passerelle.DemoData;

/// <summary>A provider of the fictional services directory: what it offers, where, to whom, and its places.</summary>
public sealed record DemoProvider(string Name, ServiceType[] Services, string Departement, string[] Languages, bool Adults, bool Children, Sex[] Sexes, int Total, int Occupied);

/// <summary>The demo services directory (every name fictional), written by the web seeder in demo mode.</summary>
public static class DemoProviders
{
    public static readonly IReadOnlyList<DemoProvider> Directory =
    [
        new("Centre d'hébergement Démo (fictif)", [ServiceType.SpecialisedShelter, ServiceType.EmergencyAccommodation], "75", ["fr", "en", "es"], true, false, [Sex.Female], 12, 7),
        new("Foyer Les Tilleuls Démo (fictif)", [ServiceType.SpecialisedShelter], "93", ["fr", "en"], true, false, [Sex.Female], 8, 8),
        new("Abri d'urgence Démo Nord (fictif)", [ServiceType.EmergencyAccommodation], "59", ["fr", "ro"], true, false, [], 20, 14),
        new("Maison d'enfants Démo (fictive)", [ServiceType.ChildWelfarePlacement], "93", ["fr", "ar"], false, true, [], 10, 6),
        new("Centre de santé Démo (fictif)", [ServiceType.Medical], "75", ["fr", "en", "zh"], true, true, [], 30, 12),
        new("Consultation psy Démo (fictive)", [ServiceType.Psychological], "13", ["fr", "en", "ar"], true, true, [], 15, 15),
        new("Permanence juridique Démo (fictive)", [ServiceType.LegalAid], "75", ["fr", "en", "pt"], true, true, [], 25, 3),
        new("Interprètes Démo (fictif)", [ServiceType.Interpreter], "69", ["fr", "en", "ro", "bg", "ti", "yo"], true, true, [], 40, 10),
        new("Parcours de sortie Démo (fictif)", [ServiceType.ExitPathwayAssociation], "13", ["fr", "es", "en"], true, false, [], 12, 5),
        new("Hébergement Horizon Démo (fictif)", [ServiceType.SpecialisedShelter, ServiceType.EmergencyAccommodation], "13", ["fr", "en"], true, false, [Sex.Male], 6, 2),
    ];
}
