namespace Passerelle.Domain.Statistics.Anonymity;

/// <summary>The fields of the case-level export that, combined, could single a person out. Serialized in kebab-case.</summary>
public enum QuasiIdentifier
{
    Sex = 1,
    AgeGroup = 2,
    Nationality = 3,
    ExploitationForm = 4,
    Year = 5,
    Departement = 6,
}
