using Passerelle.Domain.Cases;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Children;

/// <summary>Serialized in kebab-case.</summary>
public enum AgeBasis
{
    /// <summary>No conclusive assessment: <see cref="PresumptionOfMinority"/> decides from the recorded age.</summary>
    Presumption = 1,
    AssessedMinor = 2,
    AssessedAdult = 3,
}

/// <param name="Presumption">The presumption's own decision, when it is what decides.</param>
public sealed record AgeDecision(Population Population, AgeBasis Basis, AgeAssessment? Assessment = null, PopulationDecision? Presumption = null)
{
    /// <summary>The decision as a screening states it: the presumption's own, or <see cref="PopulationBasis.AgeAssessed"/>.</summary>
    public PopulationDecision AsPopulationDecision() => Presumption ?? new(Population, PopulationBasis.AgeAssessed);
}

/// <summary>
/// Whether a person is treated as a child: a person whose age is disputed is presumed a child until a conclusive age
/// assessment says otherwise (DOMAIN.md section 6). Builds on <see cref="PresumptionOfMinority"/>. This is the one
/// answer to "is this a child's case now": referrals (consent), screening (which indicator lists), the child
/// mechanism and the providers' intake all ask it, never the presumption alone.
/// </summary>
public static class AgeDetermination
{
    /// <param name="on">The day the question is asked; assessments after it are not known yet.</param>
    /// <param name="recordedOn">The day the case's estimated age was recorded.</param>
    /// <param name="ageDisputed">Overrides the case's own flag (a screener disputing the age on the screening form).</param>
    public static AgeDecision Decide(CaseFacts facts, IEnumerable<AgeAssessment> assessments, DateOnly on, DateOnly recordedOn, bool? ageDisputed = null)
    {
        var settled = Settled(assessments, on);
        return settled switch
        {
            { Result: AgeAssessmentResult.Adult } => new(Population.Adult, AgeBasis.AssessedAdult, settled),
            { } => new(Population.Child, AgeBasis.AssessedMinor, settled),
            null => FromPresumption(PresumptionOfMinority.Decide(facts, on, recordedOn, ageDisputed)),
        };
    }

    /// <summary>
    /// The assessment that settles the age on <paramref name="on"/>, if any. A judge's decision prevails: the
    /// département's evaluation can be contested before the juge des enfants (C. civ. art. 375 and 388), so a later
    /// social evaluation never overrides it; the latest judicial decision wins (an appeal overrules the first).
    /// Without one, the latest conclusive assessment.
    /// </summary>
    public static AgeAssessment? Settled(IEnumerable<AgeAssessment> assessments, DateOnly on)
    {
        var conclusive = assessments.Where(a => a.On <= on && a.IsConclusive).ToList();
        return conclusive.Where(a => a.Method == AgeAssessmentMethod.JudicialDecision).MaxBy(a => a.On) ?? conclusive.MaxBy(a => a.On);
    }

    private static AgeDecision FromPresumption(PopulationDecision presumption) =>
        new(presumption.Population, AgeBasis.Presumption, Presumption: presumption);
}
