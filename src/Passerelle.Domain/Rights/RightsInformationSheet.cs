using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Rights;

/// <summary>One section of the rights information sheet: a heading, what it means for the person, and the law it rests on.</summary>
public sealed record RightsSection(LocalizedText Heading, LocalizedText Body, string Sources);

/// <summary>
/// The information a presumed victim of trafficking must be given, in a language they understand (CESEDA R.425-1;
/// CPP art. 10-2 for every victim; CoE Convention art. 12 and 13), as a sheet handed to the person in French or
/// English. Each section names its articles; the wording follows the legal review (/work/shared/LEGAL-REVIEW.md §2:
/// D1 — the reflection period runs from the prefecture's receipt, not from an NRM decision; D10 — no statutory
/// non-punishment rule in France, so the sheet says what the prosecutor may do).
/// </summary>
public static class RightsInformationSheet
{
    public static readonly LocalizedText Title = new("Vos droits — information des victimes de la traite des êtres humains", "Your rights — information for victims of trafficking in human beings");

    public static readonly LocalizedText Introduction = new(
        "Vous avez été repéré(e) comme victime possible de la traite des êtres humains. Cette fiche résume vos droits. "
        + "Demandez à la personne qui vous la remet de vous l'expliquer; vous pouvez demander un interprète.",
        "You have been identified as a possible victim of trafficking in human beings. This sheet sums up your rights. "
        + "Ask the person handing it to you to explain it; you may ask for an interpreter.");

    public static readonly IReadOnlyList<RightsSection> Sections =
    [
        new(
            new("Être informé(e) dans une langue que vous comprenez", "To be informed in a language you understand"),
            new("Les services de police ou de gendarmerie doivent vous informer, dans une langue que vous comprenez, de la possibilité d'être admis(e) au séjour, du délai de réflexion, et des mesures d'accueil, d'hébergement et de protection.",
                "The police or gendarmerie must inform you, in a language you understand, of the possibility of a residence permit, of the reflection period, and of reception, accommodation and protection measures."),
            "CESEDA art. R.425-1; CPP art. 10-2"),
        new(
            new("Un délai de réflexion de 30 jours", "A 30-day reflection period"),
            new("Si vous êtes étranger(ère), vous pouvez obtenir un délai de 30 jours pour décider si vous coopérez avec la justice. Il court à partir de la remise d'un récépissé par la préfecture; pendant ce délai, aucune mesure d'éloignement ne peut être prise ni exécutée.",
                "If you are a foreign national, you may be given 30 days to decide whether to cooperate with the authorities. It runs from the day the prefecture hands you a receipt; during it, no removal decision can be taken or enforced."),
            "CESEDA art. R.425-2; CoE Convention art. 13"),
        new(
            new("Un titre de séjour", "A residence permit"),
            new("Si vous portez plainte ou témoignez dans une procédure pénale et avez rompu tout lien avec les auteurs, une carte de séjour temporaire d'un an, renouvelable pendant la procédure, peut vous être délivrée; une carte de résident en cas de condamnation définitive. Dans le parcours de sortie de la prostitution, une autorisation provisoire de séjour de six mois au moins peut être délivrée sans plainte.",
                "If you file a complaint or testify in criminal proceedings and have cut all ties with the offenders, you may be issued a one-year temporary residence card, renewable for the length of the proceedings, and a resident card after a final conviction. In the prostitution exit pathway, a provisional residence authorisation of at least six months may be issued without a complaint."),
            "CESEDA art. L.425-1, L.425-3, L.425-4; CASF art. L.121-9"),
        new(
            new("Assistance, hébergement et soins", "Assistance, accommodation and care"),
            new("Vous avez droit à un hébergement sûr, à des soins médicaux, à un accompagnement et à une information juridique, avec votre consentement. Un hébergement éloigné du lieu d'exploitation peut être demandé (dispositif national Ac.Sé).",
                "You are entitled to safe accommodation, medical care, support and legal information, with your consent. Accommodation far from where you were exploited can be requested (the national Ac.Sé scheme)."),
            "CoE Convention art. 12; CESEDA art. R.425-1"),
        new(
            new("Porter plainte, être assisté(e) et indemnisé(e)", "To file a complaint, be assisted and be compensated"),
            new("Porter plainte est votre choix. Vous pouvez être assisté(e) par un avocat, un interprète et une association d'aide aux victimes, et demander réparation de vos préjudices, notamment devant la commission d'indemnisation des victimes d'infractions (CIVI).",
                "Filing a complaint is your choice. You may be assisted by a lawyer, an interpreter and a victim support association, and claim compensation for the harm done to you, in particular before the crime victims' compensation board (CIVI)."),
            "CPP art. 10-2, 706-3"),
        new(
            new("Infractions que vous avez été contraint(e) de commettre", "Offences you were compelled to commit"),
            new("Le procureur de la République peut tenir compte de la contrainte que vous avez subie pour ne pas engager de poursuites. Signalez-la à votre avocat ou à l'association qui vous accompagne.",
                "The public prosecutor may take the coercion you suffered into account and decide not to prosecute. Tell your lawyer or the association supporting you about it."),
            "CPP art. 40-1; CP art. 122-2; CoE Convention art. 26"),
        new(
            new("Si vous avez moins de 18 ans", "If you are under 18"),
            new("Si votre âge est incertain et qu'il y a des raisons de croire que vous êtes mineur(e), vous êtes présumé(e) mineur(e) et protégé(e) comme tel par l'aide sociale à l'enfance, qui vous accompagne et désigne un représentant.",
                "If your age is uncertain and there are reasons to believe you are a child, you are presumed to be a child and protected as one by child welfare, which supports you and appoints a representative."),
            "CoE Convention art. 10(3); CASF art. L.226-3"),
    ];
}
