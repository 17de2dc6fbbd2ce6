using System.Globalization;

namespace Passerelle.Web.Features.Linkage;

/// <summary>
/// Words for the reviewer instead of metric names, in French and English: "prénom : faute de frappe" /
/// "given name: typo", not "given-name: JW ≥ 0.94". Kept here (not in Text.fr.resx) because the keys are the
/// engine's level names, computed per pair.
/// </summary>
public static class LinkageLabels
{
    private static readonly Dictionary<string, (string En, string Fr)> Fields = new(StringComparer.Ordinal)
    {
        ["given-name"] = ("given name", "prénom"),
        ["family-name"] = ("family name", "nom de famille"),
        ["birth-date"] = ("birth date", "date de naissance"),
        ["sex"] = ("sex", "sexe"),
        ["nationality"] = ("nationality", "nationalité"),
        ["phone"] = ("phone", "téléphone"),
        ["identifier"] = ("identifier", "identifiant"),
        ["street"] = ("street", "rue"),
        ["city"] = ("city", "commune"),
        // A case's only postcode is its département (CaseRecords).
        ["postcode"] = ("département", "département"),
    };

    private static readonly Dictionary<string, (string En, string Fr)> Levels = new(StringComparer.Ordinal)
    {
        ["exact"] = ("identical", "identique"),
        ["JW ≥ 0.94"] = ("typo", "faute de frappe"),
        ["JW ≥ 0.88"] = ("close spelling", "orthographe proche"),
        ["phonetic or JW ≥ 0.80"] = ("sounds alike", "même prononciation"),
        ["JW ≥ 0.85"] = ("similar", "semblable"),
        ["different"] = ("different", "différent"),
        ["missing"] = ("missing on one side", "absent d'un côté"),
        ["years apart"] = ("years apart", "années d'écart"),
        ["complete dates differ"] = ("different day or month", "jour ou mois différent"),
        ["year ± 1, one side year only"] = ("year ± 1, one side knows only the year", "année ± 1, un côté ne connaît que l'année"),
        ["same year, one side year only"] = ("same year, one side knows only the year", "même année, un côté ne connaît que l'année"),
        ["year ± 1, both year only"] = ("year ± 1, both know only the year", "année ± 1, les deux ne connaissent que l'année"),
        ["same year, both year only"] = ("same year, both know only the year", "même année, les deux ne connaissent que l'année"),
        ["year ± 1"] = ("year one apart, same day and month", "année décalée d'un an, même jour et mois"),
        ["one digit"] = ("one digit differs", "un chiffre diffère"),
        ["day/month swapped"] = ("day and month swapped", "jour et mois inversés"),
        ["one edit"] = ("one character differs", "un caractère diffère"),
    };

    /// <summary>"prénom : faute de frappe" in French, "given name: typo" in English (current UI culture).</summary>
    public static string Describe(string field, string level)
    {
        var french = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
        string Pick((string En, string Fr) t) => french ? t.Fr : t.En;
        var f = Fields.TryGetValue(field, out var ft) ? Pick(ft) : field;
        var l = Levels.TryGetValue(level, out var lt) ? Pick(lt) : level;
        return french ? $"{f} : {l}" : $"{f}: {l}";
    }
}
