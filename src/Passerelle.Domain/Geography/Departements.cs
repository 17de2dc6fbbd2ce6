namespace Passerelle.Domain.Geography;

/// <summary>
/// A French département by its official code (01–95, 2A, 2B, 971–976) and the region it belongs to; also the
/// overseas collectivities of Saint-Barthélemy (977) and Saint-Martin (978), which belong to no region but where the
/// prefect of Guadeloupe represents the State: they are attached to region 01 (Guadeloupe) for places and statistics.
/// </summary>
public sealed record Departement(string Code, string Name, string RegionCode)
{
    public string RegionName => Regions.Find(RegionCode)!.Name;

    /// <summary>
    /// Alsace-Moselle local law adds two public holidays, Good Friday and 26 December, which deadline arithmetic
    /// in working days must skip there.
    /// </summary>
    public bool HasLocalLawHolidays => Code is "57" or "67" or "68";

    /// <summary>Saint-Barthélemy and Saint-Martin: overseas collectivities, not départements, attached to the prefecture of Guadeloupe.</summary>
    public bool IsOverseasCollectivity => Code is "977" or "978";
}

/// <summary>
/// The 101 départements and the two collectivities of the prefecture of Guadeloupe (legal review D14), with their
/// names as the INSEE official geographic code writes them.
/// </summary>
public static class Departements
{
    public static readonly IReadOnlyList<Departement> All =
    [
        new("01", "Ain", "84"),
        new("02", "Aisne", "32"),
        new("03", "Allier", "84"),
        new("04", "Alpes-de-Haute-Provence", "93"),
        new("05", "Hautes-Alpes", "93"),
        new("06", "Alpes-Maritimes", "93"),
        new("07", "Ardèche", "84"),
        new("08", "Ardennes", "44"),
        new("09", "Ariège", "76"),
        new("10", "Aube", "44"),
        new("11", "Aude", "76"),
        new("12", "Aveyron", "76"),
        new("13", "Bouches-du-Rhône", "93"),
        new("14", "Calvados", "28"),
        new("15", "Cantal", "84"),
        new("16", "Charente", "75"),
        new("17", "Charente-Maritime", "75"),
        new("18", "Cher", "24"),
        new("19", "Corrèze", "75"),
        new("2A", "Corse-du-Sud", "94"),
        new("2B", "Haute-Corse", "94"),
        new("21", "Côte-d'Or", "27"),
        new("22", "Côtes-d'Armor", "53"),
        new("23", "Creuse", "75"),
        new("24", "Dordogne", "75"),
        new("25", "Doubs", "27"),
        new("26", "Drôme", "84"),
        new("27", "Eure", "28"),
        new("28", "Eure-et-Loir", "24"),
        new("29", "Finistère", "53"),
        new("30", "Gard", "76"),
        new("31", "Haute-Garonne", "76"),
        new("32", "Gers", "76"),
        new("33", "Gironde", "75"),
        new("34", "Hérault", "76"),
        new("35", "Ille-et-Vilaine", "53"),
        new("36", "Indre", "24"),
        new("37", "Indre-et-Loire", "24"),
        new("38", "Isère", "84"),
        new("39", "Jura", "27"),
        new("40", "Landes", "75"),
        new("41", "Loir-et-Cher", "24"),
        new("42", "Loire", "84"),
        new("43", "Haute-Loire", "84"),
        new("44", "Loire-Atlantique", "52"),
        new("45", "Loiret", "24"),
        new("46", "Lot", "76"),
        new("47", "Lot-et-Garonne", "75"),
        new("48", "Lozère", "76"),
        new("49", "Maine-et-Loire", "52"),
        new("50", "Manche", "28"),
        new("51", "Marne", "44"),
        new("52", "Haute-Marne", "44"),
        new("53", "Mayenne", "52"),
        new("54", "Meurthe-et-Moselle", "44"),
        new("55", "Meuse", "44"),
        new("56", "Morbihan", "53"),
        new("57", "Moselle", "44"),
        new("58", "Nièvre", "27"),
        new("59", "Nord", "32"),
        new("60", "Oise", "32"),
        new("61", "Orne", "28"),
        new("62", "Pas-de-Calais", "32"),
        new("63", "Puy-de-Dôme", "84"),
        new("64", "Pyrénées-Atlantiques", "75"),
        new("65", "Hautes-Pyrénées", "76"),
        new("66", "Pyrénées-Orientales", "76"),
        new("67", "Bas-Rhin", "44"),
        new("68", "Haut-Rhin", "44"),
        new("69", "Rhône", "84"),
        new("70", "Haute-Saône", "27"),
        new("71", "Saône-et-Loire", "27"),
        new("72", "Sarthe", "52"),
        new("73", "Savoie", "84"),
        new("74", "Haute-Savoie", "84"),
        new("75", "Paris", "11"),
        new("76", "Seine-Maritime", "28"),
        new("77", "Seine-et-Marne", "11"),
        new("78", "Yvelines", "11"),
        new("79", "Deux-Sèvres", "75"),
        new("80", "Somme", "32"),
        new("81", "Tarn", "76"),
        new("82", "Tarn-et-Garonne", "76"),
        new("83", "Var", "93"),
        new("84", "Vaucluse", "93"),
        new("85", "Vendée", "52"),
        new("86", "Vienne", "75"),
        new("87", "Haute-Vienne", "75"),
        new("88", "Vosges", "44"),
        new("89", "Yonne", "27"),
        new("90", "Territoire de Belfort", "27"),
        new("91", "Essonne", "11"),
        new("92", "Hauts-de-Seine", "11"),
        new("93", "Seine-Saint-Denis", "11"),
        new("94", "Val-de-Marne", "11"),
        new("95", "Val-d'Oise", "11"),
        new("971", "Guadeloupe", "01"),
        new("972", "Martinique", "02"),
        new("973", "Guyane", "03"),
        new("974", "La Réunion", "04"),
        new("976", "Mayotte", "06"),

        // Collectivités d'outre-mer (Constitution art. 74), under the prefect of Guadeloupe: cases there are
        // registered, and their own abolition days count in deadlines (décret 83-1003 as amended by 2012-553).
        new("977", "Saint-Barthélemy", "01"),
        new("978", "Saint-Martin", "01"),
    ];

    private static readonly Dictionary<string, Departement> ByCode =
        All.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Departement? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var d) ? d : null;

    public static IReadOnlyList<Departement> InRegion(string regionCode) =>
        [.. All.Where(d => d.RegionCode == regionCode)];
}
