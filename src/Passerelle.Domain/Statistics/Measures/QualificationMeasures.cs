using Passerelle.Domain.Proceedings;
using Passerelle.Domain.Qualification;

namespace Passerelle.Domain.Statistics.Measures;

/// <summary>
/// The statistics of legal qualification (legal review requirement #9; OSCE report on France ¶31, ¶56–58, which
/// notes that trafficking is often prosecuted as procuring only): what the offences recorded in a case's proceedings
/// charge, whether a prosecution was brought and whether it ended in a conviction.
/// </summary>
public static class QualificationMeasures
{
    /// <summary>
    /// The measures a case's proceedings reach. The charges fall in exactly one of trafficking only (Criminal Code
    /// art. 225-4-1 to 225-4-9), procuring only (art. 225-5 to 225-10) or both, as <see cref="RecordedCharges.Classify"/>
    /// reads them; none when neither is charged. A prosecution is brought when a court or an investigating judge
    /// decided (CPP art. 706-5: a non-lieu, an acquittal or a conviction; a prosecutor's dismissal is not one).
    /// </summary>
    public static IReadOnlyList<Measure> Of(IEnumerable<string> offencesCharged, ProceedingsOutcome outcome)
    {
        List<Measure> reached = [];
        switch (RecordedCharges.Classify(offencesCharged))
        {
            case ChargedQualification.Trafficking:
                reached.Add(Measure.ChargedTrafficking);
                break;
            case ChargedQualification.Procuring:
                reached.Add(Measure.ChargedProcuring);
                break;
            case ChargedQualification.Both:
                reached.Add(Measure.ChargedBoth);
                break;
        }

        if (CriminalProceedings.Prosecutes(outcome))
        {
            reached.Add(Measure.Prosecuted);
        }

        if (outcome == ProceedingsOutcome.Convicted)
        {
            reached.Add(Measure.Convicted);
        }

        return reached;
    }
}
