using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Statistics.Measures;

public sealed record MeasureDefinition(Measure Measure, MeasureKind Kind, LocalizedText Label)
{
    public string Name => KebabCase.Of(Measure);
}

/// <summary>The catalogue of measures, in the order the dashboard shows them.</summary>
public static class MeasureCatalogue
{
    public static readonly IReadOnlyList<MeasureDefinition> All =
    [
        new(Measure.Registered, MeasureKind.Persons, new("Victimes présumées enregistrées", "Presumed victims registered")),
        new(Measure.Screened, MeasureKind.Persons, new("Personnes ayant fait l'objet d'un repérage", "Persons screened")),
        new(Measure.RgPositive, MeasureKind.Persons, new("Motifs raisonnables reconnus", "Reasonable grounds positive")),
        new(Measure.CgPositive, MeasureKind.Persons, new("Motifs concluants reconnus", "Conclusive grounds positive")),
        new(Measure.Assisted, MeasureKind.Persons, new("Personnes accompagnées", "Persons assisted")),
        new(Measure.Sheltered, MeasureKind.Persons, new("Personnes hébergées (orientation acceptée)", "Persons sheltered (referral accepted)")),
        new(Measure.ReflectionPeriods, MeasureKind.Persons, new("Délais de réflexion accordés", "Reflection periods granted")),
        new(Measure.ResidencePermits, MeasureKind.Persons, new("Titres de séjour (premiers et renouvellements)", "Residence permits (first and renewals)")),
        new(Measure.ResidencePermitsFirst, MeasureKind.Persons, new("Premiers titres de séjour", "First residence permits")),
        new(Measure.ResidencePermitsRenewal, MeasureKind.Persons, new("Renouvellements de titres de séjour", "Residence permit renewals")),
        new(Measure.Aps, MeasureKind.Persons, new("Autorisations provisoires de séjour (APS)", "Temporary stay authorisations (APS)")),
        new(Measure.ExitPathway, MeasureKind.Persons, new("Entrées en parcours de sortie de la prostitution", "Exit pathway entries")),
        new(Measure.Complaints, MeasureKind.Persons, new("Plaintes déposées", "Complaints filed")),
        new(Measure.CompensationClaimed, MeasureKind.Persons, new("Indemnisations demandées", "Compensation claimed")),
        new(Measure.CompensationGranted, MeasureKind.Persons, new("Indemnisations accordées", "Compensation granted")),
        new(Measure.CompensationClaimedAmount, MeasureKind.Amount, new("Montant des indemnisations demandées (€)", "Compensation claimed (€)")),
        new(Measure.CompensationGrantedAmount, MeasureKind.Amount, new("Montant des indemnisations accordées (€)", "Compensation granted (€)")),
        new(Measure.Confiscations, MeasureKind.Amount, new("Montant des confiscations (€)", "Confiscations (€)")),
        new(Measure.ChildrenMissing, MeasureKind.Persons, new("Enfants disparus", "Children missing")),
        new(Measure.ChargedTrafficking, MeasureKind.Persons, new("Procédures visant la traite seule (art. 225-4-1 s. C. pén.)", "Charged with trafficking only (Criminal Code art. 225-4-1 ff.)")),
        new(Measure.ChargedProcuring, MeasureKind.Persons, new("Procédures visant le proxénétisme seul (art. 225-5 s. C. pén.)", "Charged with procuring only (Criminal Code art. 225-5 ff.)")),
        new(Measure.ChargedBoth, MeasureKind.Persons, new("Procédures visant la traite et le proxénétisme", "Charged with both trafficking and procuring")),
        new(Measure.Prosecuted, MeasureKind.Persons, new("Poursuites exercées (art. 706-5 CPP)", "Prosecution brought (Code of Criminal Procedure art. 706-5)")),
        new(Measure.Convicted, MeasureKind.Persons, new("Condamnations prononcées", "Convictions")),
    ];

    private static readonly Dictionary<Measure, MeasureDefinition> ByMeasure = All.ToDictionary(d => d.Measure);

    public static MeasureDefinition Of(Measure measure) => ByMeasure[measure];

    public static MeasureKind KindOf(Measure measure) => ByMeasure[measure].Kind;

    public static bool TryParse(string? name, out Measure measure) => KebabCase.TryParse(name, out measure);
}
