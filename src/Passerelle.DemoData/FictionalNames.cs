namespace Passerelle.DemoData;

/// <summary>
/// What makes demo persons visibly fictional. Every family name is a word of the <i>lorem ipsum</i> dummy
/// text, so "Aminata Consectetur" or "Ioana Dolor" cannot be mistaken for a real person, whatever the given
/// name. Pseudonyms are flowers, trees, birds and gemstones, as agencies choose them.
/// </summary>
internal static class FictionalNames
{
    public static readonly IReadOnlyList<string> FamilyNames =
    [
        "Lorem", "Ipsum", "Dolor", "Consectetur", "Adipiscing", "Tempor", "Incididunt", "Labore", "Aliqua",
        "Veniam", "Nostrud", "Ullamco", "Laboris", "Aliquip", "Commodo", "Consequat", "Irure", "Reprehenderit",
        "Voluptate", "Cillum", "Fugiat", "Pariatur", "Excepteur", "Occaecat", "Cupidatat", "Proident", "Deserunt",
        "Mollit", "Laborum", "Eiusmod", "Exercitation", "Perspiciatis", "Accusantium", "Doloremque", "Laudantium",
        "Aperiam", "Inventore", "Veritatis", "Architecto", "Beatae", "Explicabo", "Voluptatem", "Aspernatur",
        "Consequuntur", "Nesciunt", "Quisquam",
    ];

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
