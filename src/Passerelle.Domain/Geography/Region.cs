namespace Passerelle.Domain.Geography;

/// <summary>A French region by its INSEE code (two digits: "11" is Île-de-France, "01" to "06" are overseas).</summary>
public sealed record Region(string Code, string Name);

/// <summary>The 18 regions: 13 in metropolitan France, 5 overseas.</summary>
public static class Regions
{
    public static readonly IReadOnlyList<Region> All =
    [
        new("01", "Guadeloupe"),
        new("02", "Martinique"),
        new("03", "Guyane"),
        new("04", "La Réunion"),
        new("06", "Mayotte"),
        new("11", "Île-de-France"),
        new("24", "Centre-Val de Loire"),
        new("27", "Bourgogne-Franche-Comté"),
        new("28", "Normandie"),
        new("32", "Hauts-de-France"),
        new("44", "Grand Est"),
        new("52", "Pays de la Loire"),
        new("53", "Bretagne"),
        new("75", "Nouvelle-Aquitaine"),
        new("76", "Occitanie"),
        new("84", "Auvergne-Rhône-Alpes"),
        new("93", "Provence-Alpes-Côte d'Azur"),
        new("94", "Corse"),
    ];

    private static readonly Dictionary<string, Region> ByCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Region? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var r) ? r : null;
}
