using Passerelle.Domain.Geography;

namespace Passerelle.Domain.Deadlines;

/// <summary>
/// The due date of each rule from the date of the event that starts it. Where art. 642 CPC applies (a period
/// granted to the person or to an authority to act), a last day that falls on a day off moves to the next working
/// day; an expiry of a document does not move (the card is not valid a day longer because it ends on a Sunday);
/// an alert moves back, so that it never comes late.
/// </summary>
public static class DeadlineCalculator
{
    public const int RgDecisionWorkingDays = 5;
    public const int ReflectionPeriodDays = 30;
    public const int ApsMonths = 6;
    public const int PermitMonths = 12;
    /// <summary>CESEDA R.431-5 1° (décret 2021-313): a title filed online is renewed between the 120th and the 60th day before expiry.</summary>
    public const int PermitRenewalWindowOpensDays = 120;

    /// <summary>The last day of that window, and the first day of the "two months before expiry" window of the other titles (R.431-5 2°).</summary>
    public const int PermitRenewalAlertDays = 60;
    public const int ExitPathwayMonths = 6;
    public const int ExitPathwayMaximumMonths = 24;

    /// <summary>Our choice: the Council of Europe sets no delay for answering another country; a month keeps the child's case moving.</summary>
    public const int FocalPointEnquiryDays = 30;

    /// <summary>CPP art. 706-5 al. 1: three years from the offence, on pain of forclusion.</summary>
    public const int CiviClaimYearsFromOffence = 3;

    /// <summary>CPP art. 706-5 al. 1: when a prosecution is brought, the period ends no sooner than one year after the final decision.</summary>
    public const int CiviClaimMonthsAfterFinalDecision = 12;

    /// <summary>CPP art. 706-164 al. 2: six months from the day the decision became final, on pain of forclusion.</summary>
    public const int AgrascClaimMonths = 6;

    /// <summary>Age of majority (C. civ. art. 414), from which a minor victim's CIVI period runs (CPP art. 706-5).</summary>
    public const int MajorityYears = 18;

    /// <summary>Where no département is given, the holidays counted are the national ones (Paris has no local holiday): never a later day than the local rule.</summary>
    public const string NationalDepartement = "75";

    /// <summary>The National Focal Point is a national office in Paris: its deadlines skip the national holidays only.</summary>
    public const string FocalPointDepartement = "75";

    /// <summary>
    /// The last day of a one-year card entered without its end date (legal review D15): the day before the
    /// anniversary of issue, as the prefectures print it. This is administrative practice, not a text: entering the
    /// card's <c>validUntil</c> overrides it. The anniversary of 29 February is 1 March, so such a card ends on 28 February.
    /// </summary>
    public static DateOnly DefaultPermitExpiry(DateOnly issuedOn)
    {
        var anniversary = issuedOn is { Month: 2, Day: 29 } ? new DateOnly(issuedOn.Year + 1, 3, 1) : issuedOn.AddYears(PermitMonths / 12);
        return anniversary.AddDays(-1);
    }

    /// <summary>The rules the calculator computes from one date; <see cref="DeadlineRule.ExitPathwayCommission"/> also needs the sessions.</summary>
    public static IReadOnlyList<DeadlineRule> SingleDateRules { get; } =
        [.. Enum.GetValues<DeadlineRule>().Where(r => r != DeadlineRule.ExitPathwayCommission)];

    /// <summary>The due date of <paramref name="rule"/> for an event on <paramref name="from"/> in <paramref name="departement"/>.</summary>
    /// <param name="from">
    /// The starting event: the RG request, the prefecture receipt, the APS grant, the permit's issue, the
    /// exit-pathway authorisation, the enquiry's receipt, the missing report, the offence (CIVI: use
    /// <see cref="CiviClaimLimit"/> for a prosecution or a minor victim), the day the decision became final (AGRASC).
    /// </param>
    /// <exception cref="ArgumentException">An unknown département, or <see cref="DeadlineRule.ExitPathwayCommission"/> (use <see cref="NextCommissionSession"/>).</exception>
    public static DateOnly Calculate(DeadlineRule rule, DateOnly from, string departement)
    {
        if (!Departements.IsKnown(departement))
        {
            throw new ArgumentException($"Unknown département '{departement}'.", nameof(departement));
        }

        return rule switch
        {
            DeadlineRule.RgDecision => LegalPeriods.AddWorkingDays(from, RgDecisionWorkingDays, departement),
            DeadlineRule.ReflectionPeriod => LegalPeriods.ExtendToWorkingDay(
                LegalPeriods.AddCalendarDays(from, ReflectionPeriodDays), departement),
            DeadlineRule.ApsExpiry => LegalPeriods.AddMonths(from, ApsMonths),
            DeadlineRule.PermitExpiry => DefaultPermitExpiry(from),
            DeadlineRule.PermitRenewalAlert => RenewalAlert(DefaultPermitExpiry(from), departement),
            DeadlineRule.ExitPathwayRenewal => LegalPeriods.AddMonths(from, ExitPathwayMonths),
            DeadlineRule.FocalPointEnquiry => LegalPeriods.ExtendToWorkingDay(
                LegalPeriods.AddCalendarDays(from, FocalPointEnquiryDays), departement),
            DeadlineRule.MissingChildAlert => from,
            DeadlineRule.CiviClaimLimit => CiviClaimLimit(from, null, null, departement),
            DeadlineRule.AgrascClaimLimit => AgrascClaimLimit(from, departement),
            DeadlineRule.ExitPathwayCommission => throw new ArgumentException(
                "The next commission session depends on the département's calendar: use NextCommissionSession.", nameof(rule)),
        };
    }

    /// <summary>
    /// The renewal alert for a permit valid until <paramref name="expiresOn"/>: due 60 days before, on a working day.
    /// For a title filed online (the L.425-1 card is on the R.431-2 list) that is the last day to file (R.431-5 1°);
    /// for any other title it is the first (R.431-5 2°, "dans les deux mois précédant l'expiration"): either way the
    /// person should have filed by then. Brought back to a working day so that it never comes late.
    /// </summary>
    public static DateOnly RenewalAlert(DateOnly expiresOn, string departement) =>
        LegalPeriods.BringBackToWorkingDay(expiresOn.AddDays(-PermitRenewalAlertDays), departement);

    /// <summary>The first day a renewal can be filed online: 120 days before expiry (CESEDA R.431-5 1°, décret 2021-313).</summary>
    public static DateOnly RenewalWindowOpens(DateOnly expiresOn) => expiresOn.AddDays(-PermitRenewalWindowOpensDays);

    /// <summary>
    /// The last day to claim before the CIVI (CPP art. 706-5, version of law 2023-1059): three years from the
    /// offence; for a victim who was a minor then, three years from majority; when a prosecution was brought and
    /// decided finally, not before one year after that decision (the later of the two). A classement sans suite is
    /// not a prosecution: do not pass it as <paramref name="finalDecisionOn"/>. The last day moves to the next working
    /// day (CPP art. 801). The relief for a victim not informed (art. 706-15) or with a legitimate reason is the
    /// CIVI's to grant and is never assumed.
    /// </summary>
    /// <param name="offenceOn">The date of the offence (its last act).</param>
    /// <param name="victimMajorityOn">The victim's 18th birthday, when known.</param>
    public static DateOnly CiviClaimLimit(DateOnly offenceOn, DateOnly? finalDecisionOn, DateOnly? victimMajorityOn, string departement)
    {
        var start = victimMajorityOn is { } majority && majority > offenceOn ? majority : offenceOn;
        var limit = start.AddYears(CiviClaimYearsFromOffence);
        if (finalDecisionOn is { } final && LegalPeriods.AddMonths(final, CiviClaimMonthsAfterFinalDecision) is var afterFinal && afterFinal > limit)
        {
            limit = afterFinal;
        }

        return LegalPeriods.ExtendToWorkingDay(limit, departement);
    }

    /// <summary>The CIVI limit when the offence date is unknown but a prosecution was decided finally: one year after (never later than the real limit).</summary>
    public static DateOnly CiviClaimLimitAfterFinalDecision(DateOnly finalDecisionOn, string departement) =>
        LegalPeriods.ExtendToWorkingDay(LegalPeriods.AddMonths(finalDecisionOn, CiviClaimMonthsAfterFinalDecision), departement);

    /// <summary>
    /// The last day to ask AGRASC for payment: six months from the day the decision became final (CPP art. 706-164
    /// al. 2, as amended; two months before), moved to the next working day (CPP art. 801).
    /// </summary>
    public static DateOnly AgrascClaimLimit(DateOnly finalOn, string departement) =>
        LegalPeriods.ExtendToWorkingDay(LegalPeriods.AddMonths(finalOn, AgrascClaimMonths), departement);

    /// <summary>The 18th birthday (a 29 February birth comes of age on 28 February, the earlier day).</summary>
    public static DateOnly MajorityOn(DateOnly birthDate) => birthDate.AddYears(MajorityYears);

    /// <summary>From a year of birth only: 1 January of the 18th year, the earliest possible day, so a deadline is never shown late.</summary>
    public static DateOnly MajorityOn(int birthYear) => new(birthYear + MajorityYears, 1, 1);

    /// <summary>
    /// The first session of the departmental commission strictly after <paramref name="appliedOn"/> (an application
    /// filed on a session's day is not on its agenda), or null when the calendar has none yet.
    /// </summary>
    public static DateOnly? NextCommissionSession(DateOnly appliedOn, IEnumerable<DateOnly> sessions)
    {
        DateOnly? next = null;
        foreach (var session in sessions)
        {
            if (session > appliedOn && (next is null || session < next))
            {
                next = session;
            }
        }

        return next;
    }
}
