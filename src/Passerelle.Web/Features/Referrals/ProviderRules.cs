namespace Passerelle.Web.Features.Referrals;

public static class ProviderRules
{
    public const int NameMaxLength = Provider.NameMaxLength;

    public static Dictionary<string, string[]> Validate(ProviderInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > NameMaxLength)
        {
            errors["name"] = [$"The provider's name is required (at most {NameMaxLength} characters)."];
        }

        if (input.Services is not { Count: > 0 } services || services.Any(s => !Enum.IsDefined(s)))
        {
            errors["services"] = ["At least one known service."];
        }

        if (!Domain.Geography.Departements.IsKnown(input.Departement?.ToUpperInvariant()))
        {
            errors["departement"] = ["A French département code, e.g. 75 or 2A."];
        }

        if (input.Languages is { } languages && (languages.Count > 20 || languages.Any(l => string.IsNullOrWhiteSpace(l) || l.Length > 40)))
        {
            errors["languages"] = ["At most 20 languages of at most 40 characters."];
        }

        if (!input.AcceptsAdults && !input.AcceptsChildren)
        {
            errors["acceptsAdults"] = ["A provider accepts adults, children or both."];
        }

        if (input.PlacesTotal < 0)
        {
            errors["placesTotal"] = ["The number of places cannot be negative."];
        }

        if (input.PlacesOccupied < 0 || input.PlacesOccupied > input.PlacesTotal)
        {
            errors["placesOccupied"] = ["Occupied places are between 0 and the number of places."];
        }

        return errors;
    }
}
