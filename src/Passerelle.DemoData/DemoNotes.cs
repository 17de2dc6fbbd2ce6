using Passerelle.Domain.Cases;

namespace Passerelle.DemoData;

/// <summary>Short synthetic notes, each marked as demo data.</summary>
internal static class DemoNotes
{
    private const string Marker = "Fiche fictive de démonstration.";

    public static string Draw(Random random, string agency, ExploitationForm mainForm)
    {
        string[] contexts = agency switch
        {
            DemoAgencies.Police =>
            [
                "Personne repérée lors d'un contrôle sur la voie publique.",
                "Personne entendue comme victime dans une enquête en cours.",
                "Signalement transmis par un service partenaire.",
            ],
            DemoAgencies.Ngo =>
            [
                "Rencontre lors d'une maraude de nuit.",
                "Orientation par un accueil de jour.",
                "Premier contact par la ligne d'écoute.",
            ],
            DemoAgencies.Ngo2 =>
            [
                "Accueil à la permanence juridique.",
                "Orientation par un travailleur social.",
                "Signalement par un voisin, premier entretien.",
            ],
            DemoAgencies.Labour => mainForm == ExploitationForm.DomesticServitude
                ? ["Signalement d'un emploi domestique au domicile de l'employeur."]
                : ["Contrôle d'un chantier.", "Contrôle d'une exploitation agricole.", "Contrôle d'un restaurant."],
            _ =>
            [
                "Mise à l'abri par le service d'accueil d'urgence.",
                "Évaluation de la situation en cours.",
                "Signalement par un établissement scolaire.",
            ],
        };

        return $"{random.Pick(contexts)} {Marker}";
    }
}
