namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>A record ready for comparison: every field standardised once, empty strings for missing values.</summary>
public sealed record StandardisedRecord(
    string Id,
    string Source,
    StandardName GivenName,
    StandardName FamilyName,
    PartialDate? BirthDate,
    char Sex,
    string Nationality,
    string Street,
    string City,
    string Postcode,
    string Phone,
    string Identifier)
{
    /// <summary>
    /// The given name standardised as a family name (particles dropped), to compare it crosswise with the other
    /// record's family name when the order was swapped ("Hawa Ould Ahmed" / "Ould Ahmed Hawa").
    /// </summary>
    public StandardName GivenAsFamily { get; init; } = StandardName.Empty;

    public static StandardisedRecord From(PersonRecord record)
    {
        PartialDate? birthDate = PartialDate.TryParse(record.BirthDate, out var date) ? date : null;
        return new StandardisedRecord(
            record.Id,
            record.Source,
            NameStandardiser.GivenName(record.GivenName),
            NameStandardiser.FamilyName(record.FamilyName),
            birthDate,
            SexStandardiser.Standardise(record.Sex),
            ContactStandardiser.Nationality(record.Nationality),
            ContactStandardiser.Street(record.Street),
            ContactStandardiser.City(record.City),
            ContactStandardiser.Postcode(record.Postcode),
            ContactStandardiser.Phone(record.Phone),
            ContactStandardiser.Identifier(record.Identifier))
        {
            GivenAsFamily = NameStandardiser.FamilyName(record.GivenName),
        };
    }
}
