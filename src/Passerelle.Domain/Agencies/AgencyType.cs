namespace Passerelle.Domain.Agencies;

/// <summary>Kinds of agency taking part in the NRM (DOMAIN.md section 1). Serialized in kebab-case.</summary>
public enum AgencyType
{
    Police = 1,
    Gendarmerie = 2,
    LabourInspection = 3,
    SpecialisedNgo = 4,
    ChildWelfare = 5,
    AsylumImmigration = 6,
    Health = 7,
    Prosecution = 8,
    Coordinator = 9,
}
