using Passerelle.Domain.Cases;
using Passerelle.Domain.Qualification;

namespace Passerelle.Domain.Rights;

/// <summary>
/// CESEDA R.425-5 (quoted in seed ¶42): a foreign minor "aged at least 16 … who declares that they wish to exercise
/// a salaried professional activity or follow professional training" may receive the L.425-1 card. Which of the two
/// the minor declared. Serialized in kebab-case.
/// </summary>
public enum MinorDeclaration
{
    /// <summary>The minor declared they wish to exercise a salaried professional activity.</summary>
    Work = 1,

    /// <summary>The minor declared they wish to follow professional training.</summary>
    Training = 2,
}

/// <summary>
/// Who a residence title may be recorded for (legal review D12, D13). Each rule names its article; the rights form
/// and API refuse a title the law does not open to the person, so that the statistics never count one.
/// </summary>
public static class RightsEligibility
{
    /// <summary>CESEDA R.425-5 (quoted in the OSCE report on France, seed ¶42): the L.425-1 card for a minor "aged at least 16".</summary>
    public const int MinimumAgeForVictimPermit = 16;

    /// <summary>
    /// The APS (CESEDA L.425-4) and the exit pathway (CASF L.121-9) are for victims of the offences of art. 225-4-1
    /// to 225-4-6 (trafficking) <b>for sexual exploitation</b> and of art. 225-5 to 225-10 (procuring) who have left
    /// prostitution: a case qualifies when sexual exploitation is among its forms or when procuring is charged in
    /// its proceedings. A labour-exploitation case does not, whatever its trafficking charges.
    /// </summary>
    public static bool ProstitutionExitRightsApply(IEnumerable<ExploitationForm> forms, IEnumerable<string> offencesCharged) =>
        forms.Contains(ExploitationForm.SexualExploitation)
        || offencesCharged.Select(CriminalCodeArticles.Normalize).Any(a => a is not null && CriminalCodeArticles.Procuring.Contains(a));

    /// <summary>
    /// The oldest the person can be on <paramref name="on"/>: from the birth year (the birthday may have passed), or
    /// else from the age estimated at detection read with a year's margin (an estimate is not a birth date) plus the
    /// full years since; null when nothing is known.
    /// </summary>
    public static int? OldestPossibleAge(int? birthYear, int? estimatedAge, DateOnly detectedOn, DateOnly on)
    {
        if (birthYear is { } year)
        {
            return on.Year - year;
        }

        if (estimatedAge is { } age)
        {
            var days = on.DayNumber - detectedOn.DayNumber;
            return age + 1 + Math.Max(0, days / 365);
        }

        return null;
    }

    /// <summary>
    /// CESEDA R.425-5: the temporary permit of L.425-1 (first issue or renewal) goes to a minor only from 16. It is
    /// refused only when the person is certainly under 16 on the day of issue; doubt about age benefits the person
    /// (C. civ. art. 388), so an unknown age never refuses it.
    /// </summary>
    public static bool CertainlyTooYoungForVictimPermit(int? birthYear, int? estimatedAge, DateOnly detectedOn, DateOnly issuedOn) =>
        OldestPossibleAge(birthYear, estimatedAge, detectedOn, issuedOn) is { } oldest && oldest < MinimumAgeForVictimPermit;

    /// <summary>
    /// The youngest the person can be on <paramref name="on"/>: from the birth year (born on 31 December), or from
    /// the age estimated at detection read with a year's margin, aged by the full years since; null when nothing is known.
    /// </summary>
    public static int? YoungestPossibleAge(int? birthYear, int? estimatedAge, DateOnly detectedOn, DateOnly on)
    {
        if (birthYear is { } year)
        {
            return Age.YoungestAt(year, on);
        }

        if (estimatedAge is { } age)
        {
            var days = on.DayNumber - detectedOn.DayNumber;
            return age - 1 + Math.Max(0, days / 365);
        }

        return null;
    }

    /// <summary>
    /// CESEDA R.425-5: the L.425-1 card goes to a minor (16 or 17) who declares wishing to work or to train. Needed
    /// only when the person is certainly a minor on the issue date; when the person may already be 18, doubt benefits
    /// them (C. civ. art. 388) and no declaration is asked.
    /// </summary>
    public static bool MinorDeclarationRequired(int? birthYear, int? estimatedAge, DateOnly detectedOn, DateOnly issuedOn) =>
        OldestPossibleAge(birthYear, estimatedAge, detectedOn, issuedOn) is { } oldest && oldest < Age.OfMajority;

    /// <summary>An adult makes no minor's declaration: refused only when the person is certainly 18 or over on the issue date.</summary>
    public static bool CertainlyAdult(int? birthYear, int? estimatedAge, DateOnly detectedOn, DateOnly issuedOn) =>
        YoungestPossibleAge(birthYear, estimatedAge, detectedOn, issuedOn) is { } youngest && youngest >= Age.OfMajority;
}
