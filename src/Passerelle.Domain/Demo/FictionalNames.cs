namespace Passerelle.Domain.Demo;

/// <summary>
/// What makes demo persons visibly fictional. Every family name is made of words of the <i>lorem ipsum</i> placeholder
/// text, so "Aminata Consecteturdolor" or "Ioana Temporlabore" cannot be mistaken for a real person, whatever the given
/// name. Pseudonyms are flowers, trees, birds and gemstones, as agencies choose them.
/// </summary>
internal static class FictionalNames
{
    private static readonly IReadOnlyList<string> LoremWords =
    [
        "Lorem", "Ipsum", "Dolor", "Consectetur", "Adipiscing", "Tempor", "Incididunt", "Labore", "Aliqua",
        "Veniam", "Nostrud", "Ullamco", "Laboris", "Aliquip", "Commodo", "Consequat", "Irure", "Reprehenderit",
        "Voluptate", "Cillum", "Fugiat", "Pariatur", "Excepteur", "Occaecat", "Cupidatat", "Proident", "Deserunt",
        "Mollit", "Laborum", "Eiusmod", "Exercitation", "Perspiciatis", "Accusantium", "Doloremque", "Laudantium",
        "Aperiam", "Inventore", "Veritatis", "Architecto", "Beatae", "Explicabo", "Voluptatem", "Aspernatur",
        "Consequuntur", "Nesciunt", "Quisquam",
    ];

    /// <summary>
    /// Family names made of two <i>lorem ipsum</i> words ("Doloripsum", "Temporlabore"): about two thousand of them,
    /// so that the demo population has as few true namesakes as a real one and record linkage has something to
    /// learn from a family name.
    /// </summary>
    public static readonly IReadOnlyList<string> FamilyNames =
        [.. LoremWords.SelectMany(first => LoremWords.Where(second => second != first).Select(second => first + second.ToLowerInvariant()))];

    public static readonly IReadOnlyList<string> Pseudonyms =
    [
        "Rose", "Jasmin", "Lilas", "Iris", "Pivoine", "Capucine", "Camélia", "Dahlia", "Glycine", "Hortensia",
        "Violette", "Marguerite", "Tulipe", "Orchidée", "Bleuet", "Coquelicot", "Lavande", "Magnolia", "Mimosa",
        "Azalée", "Anémone", "Bruyère", "Gardénia", "Jonquille", "Pervenche", "Verveine",
        "Cèdre", "Chêne", "Érable", "Saule", "Tilleul", "Olivier", "Bouleau", "Frêne", "Hêtre", "Peuplier",
        "Platane", "Séquoia", "Acacia", "Cyprès", "Mélèze", "Sorbier", "Baobab", "Charme", "If", "Tamaris",
        "Mésange", "Rossignol", "Hirondelle", "Colibri", "Pinson", "Alouette", "Fauvette", "Héron", "Martinet",
        "Moineau", "Rouge-gorge", "Bergeronnette", "Loriot", "Grive", "Verdier", "Geai", "Merle", "Bouvreuil",
        "Sittelle", "Roitelet", "Passereau", "Cigogne", "Ibis", "Pélican", "Flamant",
        "Opale", "Saphir", "Jade", "Améthyste", "Topaze", "Émeraude", "Rubis", "Grenat", "Turquoise", "Agate",
        "Onyx", "Ambre", "Jaspe", "Béryl", "Citrine", "Tourmaline", "Malachite", "Lapis", "Quartz", "Spinelle",
    ];

    /// <summary>A number in the block ARCEP reserves for fiction (01 99 00 xx xx), in the way a person writes it.</summary>
    public static string Phone(int lastFour, int style)
    {
        var (a, b) = (lastFour / 100, lastFour % 100);
        return style switch
        {
            0 => $"01 99 00 {a:D2} {b:D2}",
            1 => $"+33 1 99 00 {a:D2} {b:D2}",
            2 => $"019900{a:D2}{b:D2}",
            _ => $"01.99.00.{a:D2}.{b:D2}",
        };
    }
}
