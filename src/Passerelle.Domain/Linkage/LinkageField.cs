namespace Passerelle.Domain.Linkage;

/// <summary>The fields a record can carry, as named in the CLI <c>--map</c> option.</summary>
public enum LinkageField
{
    GivenName = 0,
    FamilyName = 1,
    BirthDate = 2,
    Sex = 3,
    Nationality = 4,
    Street = 5,
    City = 6,
    Postcode = 7,
    Phone = 8,
    Identifier = 9,
}

public static class LinkageFields
{
    public static IReadOnlyList<LinkageField> All { get; } = Enum.GetValues<LinkageField>();

    public static string Name(LinkageField field) => field switch
    {
        LinkageField.GivenName => "givenName",
        LinkageField.FamilyName => "familyName",
        LinkageField.BirthDate => "birthDate",
        LinkageField.Sex => "sex",
        LinkageField.Nationality => "nationality",
        LinkageField.Street => "street",
        LinkageField.City => "city",
        LinkageField.Postcode => "postcode",
        LinkageField.Phone => "phone",
        LinkageField.Identifier => "identifier",
    };

    public static bool TryParse(string name, out LinkageField field)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }

    public static string? ValueOf(PersonRecord record, LinkageField field) => field switch
    {
        LinkageField.GivenName => record.GivenName,
        LinkageField.FamilyName => record.FamilyName,
        LinkageField.BirthDate => record.BirthDate,
        LinkageField.Sex => record.Sex,
        LinkageField.Nationality => record.Nationality,
        LinkageField.Street => record.Street,
        LinkageField.City => record.City,
        LinkageField.Postcode => record.Postcode,
        LinkageField.Phone => record.Phone,
        LinkageField.Identifier => record.Identifier,
    };

    public static PersonRecord With(PersonRecord record, LinkageField field, string? value) => field switch
    {
        LinkageField.GivenName => record with { GivenName = value },
        LinkageField.FamilyName => record with { FamilyName = value },
        LinkageField.BirthDate => record with { BirthDate = value },
        LinkageField.Sex => record with { Sex = value },
        LinkageField.Nationality => record with { Nationality = value },
        LinkageField.Street => record with { Street = value },
        LinkageField.City => record with { City = value },
        LinkageField.Postcode => record with { Postcode = value },
        LinkageField.Phone => record with { Phone = value },
        LinkageField.Identifier => record with { Identifier = value },
    };
}
