using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Qualification;

/// <summary>The text of each warning, with the legal reference it rests on.</summary>
public static class QualificationWarnings
{
    public static QualificationWarning ConsentIrrelevant { get; } = new(
        QualificationWarningCode.ConsentIrrelevant,
        new(
            "Le « consentement » de la personne est indifférent : dès lors qu'un moyen de contrainte, de tromperie ou d'abus a été employé, ou que la victime est mineure, son accord à l'exploitation n'enlève rien à l'infraction (Protocole de Palerme, art. 3 b et c ; Convention du Conseil de l'Europe, art. 4 b ; directive 2011/36/UE, art. 2 § 4).",
            "The person's \"consent\" does not matter: once a means of coercion, deception or abuse has been used, or when the victim is a child, agreeing to the exploitation takes nothing away from the offence (Palermo Protocol art. 3(b) and (c); Council of Europe Convention art. 4(b); Directive 2011/36/EU art. 2(4))."),
        "Palermo Protocol art. 3(b)-(c); CoE Convention art. 4(b); Directive 2011/36/EU art. 2(4)");

    public static QualificationWarning ChildNoMeansRequired { get; } = new(
        QualificationWarningCode.ChildNoMeansRequired,
        new(
            "La victime était mineure : la traite d'un mineur est constituée même sans menace, contrainte, tromperie, abus ni rémunération ; un acte et une fin d'exploitation suffisent (C. pén., art. 225-4-1 II ; Protocole de Palerme, art. 3 c).",
            "The victim was a child: trafficking of a minor is constituted without any threat, force, deception, abuse or payment; an act and an exploitative purpose suffice (Criminal Code art. 225-4-1 II; Palermo Protocol art. 3(c))."),
        "Criminal Code art. 225-4-1 II; Palermo Protocol art. 3(c)");

    public static QualificationWarning NoBorderCrossingRequired { get; } = new(
        QualificationWarningCode.NoBorderCrossingRequired,
        new(
            "Aucun franchissement de frontière n'est requis : la traite commise entièrement en France, y compris à l'égard de ressortissants français, est une traite (C. pén., art. 225-4-1 ; Convention du Conseil de l'Europe, art. 2).",
            "No border crossing is required: trafficking committed entirely within France, including of French nationals, is trafficking (Criminal Code art. 225-4-1; Council of Europe Convention art. 2)."),
        "Criminal Code art. 225-4-1; CoE Convention art. 2");

    public static QualificationWarning PimpingChargedWhereTrafficking { get; } = new(
        QualificationWarningCode.PimpingChargedWhereTrafficking,
        new(
            "Le proxénétisme (art. 225-5 et suivants) est retenu alors que les éléments de la traite des êtres humains sont réunis : les faits doivent aussi être qualifiés de traite (C. pén., art. 225-4-1) ; les deux qualifications peuvent être retenues ensemble.",
            "Procuring (art. 225-5 ff.) is charged although the elements of trafficking in human beings are met: the facts must also be qualified as trafficking (Criminal Code art. 225-4-1); both qualifications can be retained together."),
        "Criminal Code art. 225-4-1 and 225-5");

    public static QualificationWarning ChildProstitutionIsTrafficking { get; } = new(
        QualificationWarningCode.ChildProstitutionIsTrafficking,
        new(
            "Un enfant prostitué par un tiers n'est pas un cas de « prostitution de mineur » : c'est une victime de traite à des fins d'exploitation sexuelle (C. pén., art. 225-4-1 II), à qualifier comme telle en plus du proxénétisme aggravé (art. 225-7 1°) et du recours à la prostitution d'un mineur (art. 225-12-1).",
            "A child prostituted by a third party is not a case of \"child prostitution\": the child is a victim of trafficking for sexual exploitation (Criminal Code art. 225-4-1 II), to be qualified as such alongside aggravated procuring (art. 225-7 1°) and buying sex from a minor (art. 225-12-1)."),
        "Criminal Code art. 225-4-1 II, 225-7 1°, 225-12-1; Palermo Protocol art. 3(c)");

    /// <param name="offences">The offences the person was compelled to commit, quoted in the text.</param>
    public static QualificationWarning NonPunishment(IReadOnlyList<string> offences)
    {
        var list = string.Join(", ", offences);
        return new(
            QualificationWarningCode.NonPunishment,
            new(
                $"La personne a été contrainte de commettre des infractions ({list}) du fait de la traite : elle ne doit pas être poursuivie ni sanctionnée pour ces faits (Convention du Conseil de l'Europe, art. 26 ; directive 2011/36/UE, art. 8 ; contrainte, C. pén., art. 122-2).",
                $"The person was compelled to commit offences ({list}) as a result of being trafficked: they should not be prosecuted or punished for them (Council of Europe Convention art. 26; Directive 2011/36/EU art. 8; duress, Criminal Code art. 122-2)."),
            "CoE Convention art. 26; Directive 2011/36/EU art. 8; Criminal Code art. 122-2");
    }
}
