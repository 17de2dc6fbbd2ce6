using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

/// <summary>
/// Writes the plain-language explanation of a screening: the verdict, each dimension with the indicators that carried
/// it, what is missing, and what to do next.
/// </summary>
internal static class ScreeningExplanation
{
    public static IReadOnlyList<string> Write(ScreeningResult result, Language language)
    {
        string T(string french, string english) => new LocalizedText(french, english).In(language);

        var lines = new List<string> { VerdictLine(result, T) };

        var observed = result.Dimensions.Where(d => d.Observed.Count > 0).ToArray();
        foreach (var dimension in observed)
        {
            var label = Capitalize(Dimensions.Label(dimension.Dimension).In(language));
            var state = dimension.Present
                ? T("dimension présente", "present")
                : T("dimension non établie", "not established");
            var cited = string.Join(T(" ; ", "; "), dimension.Observed.Select(i => Cite(i, language)));
            lines.Add(T($"{label} : {state} ({Counts(dimension, language)}) — {cited}.", $"{label}: {state} ({Counts(dimension, language)}) — {cited}."));
        }

        if (observed.Any(d => !d.Present))
        {
            lines.Add(T(
                "Une dimension est présente avec au moins deux indicateurs forts, un fort et un autre, trois moyens, ou deux moyens et un faible.",
                "A dimension is present with at least two strong indicators, one strong and one other, three medium, or two medium and one weak."));
        }

        var missing = Missing(result, language);
        if (missing is not null)
        {
            lines.Add(missing);
        }

        if (result is { Population: Population.Child, Verdict: ScreeningVerdict.Indicative })
        {
            var others = result.Dimensions
                .Where(d => d.Present && d.Dimension != Dimension.ExploitativeConditions)
                .Select(d => Dimensions.Label(d.Dimension).In(language))
                .ToArray();
            if (others.Length > 0)
            {
                lines.Add(T(
                    $"Les autres dimensions présentes ({string.Join(", ", others)}) renforcent le constat.",
                    $"The other dimensions present ({string.Join(", ", others)}) add weight to the finding."));
            }
        }

        lines.Add(result.Verdict switch
        {
            ScreeningVerdict.Indicative => T(
                "Étape suivante : saisir le comité pluridisciplinaire pour une décision sur les motifs raisonnables.",
                "Next step: refer the case to the multi-agency panel for a reasonable-grounds decision."),
            ScreeningVerdict.Partial => T(
                "Orientez malgré tout la personne vers l'identification : un résultat partiel invite à approfondir, pas à clore.",
                "Refer the person for identification anyway: a partial result is a reason to look further, not to close the case."),
            ScreeningVerdict.NotIndicative => T(
                "Cela ne signifie pas que la personne n'est pas victime : le repérage dit seulement ce que montrent les indicateurs relevés. Orientez-la si de nouveaux éléments apparaissent.",
                "This does not mean the person is not a victim: a screening only says what the indicators recorded show. Refer the person if new facts appear."),
        });

        var list = new IndicatorListId(result.Population, result.Exploitation).Label().In(language);
        lines.Add(T($"Catalogue {result.CatalogueVersion}, liste : {list}.", $"Catalogue {result.CatalogueVersion}, list: {list}."));
        return lines;
    }

    private static string VerdictLine(ScreeningResult result, Func<string, string, string> T) => (result.Verdict, result.Population) switch
    {
        (ScreeningVerdict.Indicative, Population.Adult) => T(
            "Indicatif de traite : pour un adulte, la règle demande une dimension de recrutement, des conditions d'exploitation et une dimension à destination (contrainte ou abus de vulnérabilité) ; les trois sont présentes.",
            "Indicative of trafficking: for an adult, the rule needs a recruitment dimension, exploitative conditions and a destination dimension (coercion or abuse of vulnerability), and all three are present."),
        (ScreeningVerdict.Indicative, Population.Child) => T(
            "Indicatif de traite : la personne est évaluée comme mineure et les conditions d'exploitation sont présentes. Pour un enfant, aucun moyen (tromperie, contrainte, abus de vulnérabilité) n'est requis (Protocole de Palerme, art. 3 c).",
            "Indicative of trafficking: the person is screened as a child and exploitative conditions are present. A child needs no means (deception, coercion, abuse of vulnerability) to be a victim of trafficking (Palermo Protocol, art. 3(c))."),
        (ScreeningVerdict.Partial, _) => T(
            "Partiel : certaines dimensions sont présentes, mais pas toutes celles que la règle demande.",
            "Partial: some dimensions are present, but not all that the rule requires."),
        (ScreeningVerdict.NotIndicative, _) => T(
            "Non indicatif : les indicateurs relevés n'établissent aucune dimension.",
            "Not indicative: the indicators recorded establish no dimension."),
        _ => throw new InvalidOperationException($"Unknown verdict {result.Verdict} for {result.Population}."),
    };

    private static string? Missing(ScreeningResult result, Language language)
    {
        if (result.Verdict == ScreeningVerdict.Indicative)
        {
            return null;
        }

        string T(string french, string english) => new LocalizedText(french, english).In(language);
        bool Present(Dimension d) => result[d].Present;

        if (result.Population == Population.Child)
        {
            return T(
                "Non établi : les conditions d'exploitation, qui suffisent seules pour un enfant.",
                "Not established: exploitative conditions, which alone suffice for a child.");
        }

        var missing = new List<string>();
        if (!Dimensions.Recruitment.Any(Present))
        {
            missing.Add(T(
                "une dimension de recrutement (recrutement trompeur, par la contrainte ou par abus de vulnérabilité)",
                "a recruitment dimension (deceptive recruitment, coercive recruitment or recruitment by abuse of vulnerability)"));
        }

        if (!Present(Dimension.ExploitativeConditions))
        {
            missing.Add(T("les conditions d'exploitation", "exploitative conditions"));
        }

        if (!Dimensions.Destination.Any(Present))
        {
            missing.Add(T(
                "une dimension à destination (contrainte ou abus de vulnérabilité à destination)",
                "a destination dimension (coercion or abuse of vulnerability at destination)"));
        }

        return T($"Non établi pour un adulte : {string.Join(" ; ", missing)}.", $"Not established for an adult: {string.Join("; ", missing)}.");
    }

    private static string Counts(DimensionResult dimension, Language language)
    {
        var parts = new List<string>();
        void Add(int count, string frSingular, string frPlural, string en)
        {
            if (count > 0)
            {
                parts.Add(language == Language.French ? $"{count} {(count > 1 ? frPlural : frSingular)}" : $"{count} {en}");
            }
        }

        Add(dimension.Strong, "fort", "forts", "strong");
        Add(dimension.Medium, "moyen", "moyens", "medium");
        Add(dimension.Weak, "faible", "faibles", "weak");
        return string.Join(", ", parts);
    }

    private static string Cite(Indicator indicator, Language language) => language switch
    {
        Language.French => $"{indicator.Code} « {indicator.Text.French} »",
        Language.English => $"{indicator.Code} “{indicator.Text.English}”",
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
