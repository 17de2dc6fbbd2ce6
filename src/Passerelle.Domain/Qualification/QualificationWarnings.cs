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

    // D16 of the legal review: under 15, procuring is 225-7-1 (15 years, €3M); buying sex from a child under 15 is
    // 225-12-2 in fine (10 years, €150,000) and, by an adult at least five years older, rape of a minor (222-23-1,
    // 20 years) since law 2021-478; 225-12-1 al. 2 is 5 years and €75,000 for a minor of 15 to 18.
    public static QualificationWarning ChildProstitutionIsTrafficking { get; } = new(
        QualificationWarningCode.ChildProstitutionIsTrafficking,
        new(
            "Un enfant prostitué par un tiers n'est pas un cas de « prostitution de mineur » : c'est une victime de traite à des fins d'exploitation sexuelle (C. pén., art. 225-4-1 II), à qualifier comme telle en plus du proxénétisme aggravé (art. 225-7 1° ; art. 225-7-1 si l'enfant a moins de 15 ans) et du recours à la prostitution d'un mineur (art. 225-12-1 ; art. 225-12-2 pour un mineur de moins de 15 ans, et viol sur mineur, art. 222-23-1, si l'auteur majeur a au moins cinq ans de plus).",
            "A child prostituted by a third party is not a case of \"child prostitution\": the child is a victim of trafficking for sexual exploitation (Criminal Code art. 225-4-1 II), to be qualified as such alongside aggravated procuring (art. 225-7 1°; art. 225-7-1 when the child is under 15) and buying sex from a minor (art. 225-12-1; art. 225-12-2 for a child under 15, and rape of a minor, art. 222-23-1, when the adult is at least five years older)."),
        "Criminal Code art. 225-4-1 II, 225-7 1°, 225-7-1, 225-12-1, 225-12-2, 222-23-1; Palermo Protocol art. 3(c)");

    public static QualificationWarning VictimAbroadCircumstance { get; } = new(
        QualificationWarningCode.VictimAbroadCircumstance,
        new(
            "Une frontière a été franchie : si la victime se trouvait hors de France ou venait d'y arriver, la traite est aggravée (C. pén., art. 225-4-2 I 2° : 10 ans et 1 500 000 € ; 15 ans de réclusion pour un mineur, art. 225-4-2 II). Cochez cette circonstance si elle est établie.",
            "A border was crossed: if the victim was outside France or had just arrived, the trafficking is aggravated (Criminal Code art. 225-4-2 I 2°: 10 years and €1,500,000; 15 years' criminal imprisonment for a minor, art. 225-4-2 II). Tick this circumstance if it is established."),
        "Criminal Code art. 225-4-2 I 2° and II");

    /// <param name="offences">The offences the person was compelled to commit, quoted in the text.</param>
    /// <remarks>
    /// French law has no non-punishment provision (OSCE report on France ¶62): CoE art. 26 requires only the
    /// possibility of not imposing penalties, Directive 2011/36 art. 8 that authorities be entitled not to prosecute.
    /// The tools are prosecutorial discretion (CPP art. 40-1), the 2015 circular and duress (CP art. 122-2, read
    /// narrowly). The warning says that, and recommends the note to the prosecutor, recorded in the proceedings.
    /// </remarks>
    public static QualificationWarning NonPunishment(IReadOnlyList<string> offences)
    {
        var list = string.Join(", ", offences);
        return new(
            QualificationWarningCode.NonPunishment,
            new(
                $"La personne a été contrainte de commettre des infractions ({list}) du fait de la traite. Le droit français ne prévoit pas de non-sanction automatique : le procureur peut ne pas poursuivre (C. proc. pén., art. 40-1 ; circulaire de 2015) et le juge peut retenir la contrainte (C. pén., art. 122-2, d'application étroite). Attirez l'attention du procureur sur la traite par une note (Convention du Conseil de l'Europe, art. 26 ; directive 2011/36/UE, art. 8) et consignez-la dans la procédure pénale du dossier.",
                $"The person was compelled to commit offences ({list}) as a result of being trafficked. French law has no automatic non-punishment rule: the prosecutor may decide not to prosecute (Code of Criminal Procedure art. 40-1; 2015 circular) and a court may recognise duress (Criminal Code art. 122-2, read narrowly). Draw the prosecutor's attention to the trafficking in a note (Council of Europe Convention art. 26; Directive 2011/36/EU art. 8) and record it in the case's criminal proceedings."),
            "CoE Convention art. 26; Directive 2011/36/EU art. 8; CPP art. 40-1; Criminal Code art. 122-2");
    }
}
