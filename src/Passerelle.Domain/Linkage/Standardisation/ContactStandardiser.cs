using Passerelle.Domain.Geography;

namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>Standardisation of the fields that are not names or dates.</summary>
public static class ContactStandardiser
{
    private static readonly Dictionary<string, string> StreetAbbreviations = new()
    {
        ["bd"] = "boulevard",
        ["bld"] = "boulevard",
        ["av"] = "avenue",
        ["ave"] = "avenue",
        ["r"] = "rue",
        ["ch"] = "chemin",
        ["pl"] = "place",
        ["imp"] = "impasse",
        ["rte"] = "route",
        ["st"] = "street",
        ["rd"] = "road",
        ["sq"] = "square",
        ["all"] = "allee",
        ["fbg"] = "faubourg",
        ["qu"] = "quai",
    };

    private static readonly Dictionary<string, string> CityAbbreviations = new()
    {
        ["st"] = "saint",
        ["ste"] = "sainte",
        ["s"] = "saint",
    };

    private static readonly Dictionary<string, string> CountryCodesByName = BuildCountryNames();

    public static string Street(string? raw) => Expand(TextFolding.Fold(raw), StreetAbbreviations);

    /// <summary>City without arrondissement numbers or CEDEX ("Paris 18e" → "paris").</summary>
    public static string City(string? raw)
    {
        var words = TextFolding.Tokens(TextFolding.Fold(raw))
            .Where(w => w != "cedex" && !char.IsAsciiDigit(w[0]))
            .Select(w => CityAbbreviations.GetValueOrDefault(w, w));
        return string.Join(' ', words);
    }

    public static string Postcode(string? raw) => TextFolding.Fold(raw).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The last nine digits: the national number without country prefix or trunk 0 (+33 6…, 06…).</summary>
    public static string Phone(string? raw)
    {
        var digits = TextFolding.DigitsOnly(raw);
        return digits.Length > 9 ? digits[^9..] : digits;
    }

    /// <summary>An ISO alpha-2 code when the text is one or names a known country, the folded text otherwise.</summary>
    public static string Nationality(string? raw)
    {
        var folded = TextFolding.Fold(raw);
        if (folded.Length == 2)
        {
            return folded.ToUpperInvariant();
        }

        return CountryCodesByName.GetValueOrDefault(folded, folded);
    }

    public static string Identifier(string? raw) => TextFolding.Fold(raw).Replace(" ", "", StringComparison.Ordinal);

    private static string Expand(string folded, Dictionary<string, string> abbreviations) =>
        string.Join(' ', TextFolding.Tokens(folded).Select(w => abbreviations.GetValueOrDefault(w, w)));

    private static Dictionary<string, string> BuildCountryNames()
    {
        var names = new Dictionary<string, string>();
        foreach (var country in Countries.All)
        {
            names.TryAdd(TextFolding.Fold(country.NameEn), country.Code);
            names.TryAdd(TextFolding.Fold(country.NameFr), country.Code);
            // ISO 3166 alpha-3 codes (NGA, VNM…), as passports and some agencies write them.
            try
            {
                names.TryAdd(TextFolding.Fold(new System.Globalization.RegionInfo(country.Code).ThreeLetterISORegionName), country.Code);
            }
            catch (ArgumentException)
            {
                // A code .NET does not know (e.g. XK): its names still map.
            }
        }

        return names;
    }
}
