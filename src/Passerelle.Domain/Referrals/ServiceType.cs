namespace Passerelle.Domain.Referrals;

/// <summary>The services a case can be referred to (DOMAIN.md section 1). Serialized in kebab-case.</summary>
public enum ServiceType
{
    SpecialisedShelter = 1,
    EmergencyAccommodation = 2,
    Medical = 3,
    Psychological = 4,
    LegalAid = 5,
    Interpreter = 6,
    ExitPathwayAssociation = 7,
    ChildWelfarePlacement = 8,
}
