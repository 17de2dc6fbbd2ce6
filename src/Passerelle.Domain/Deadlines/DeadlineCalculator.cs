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
    public const int PermitRenewalAlertDays = 60;
    public const int ExitPathwayMonths = 6;
    public const int ExitPathwayMaximumMonths = 24;

    /// <summary>Our choice: the Council of Europe sets no delay for answering another country; a month keeps the child's case moving.</summary>
    public const int FocalPointEnquiryDays = 30;

    public const int CiviClaimMonthsAfterFinalDecision = 12;

    /// <summary>The National Focal Point is a national office in Paris: its deadlines skip the national holidays only.</summary>
    public const string FocalPointDepartement = "75";

    /// <summary>The rules the calculator computes from one date; <see cref="DeadlineRule.ExitPathwayCommission"/> also needs the sessions.</summary>
    public static IReadOnlyList<DeadlineRule> SingleDateRules { get; } =
        [.. Enum.GetValues<DeadlineRule>().Where(r => r != DeadlineRule.ExitPathwayCommission)];

    /// <summary>The due date of <paramref name="rule"/> for an event on <paramref name="from"/> in <paramref name="departement"/>.</summary>
    /// <param name="from">
    /// The starting event: the RG request, the prefecture receipt (or positive RG decision), the APS grant, the
    /// permit's issue, the exit-pathway authorisation, the enquiry's receipt, the missing report, the final decision.
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
            DeadlineRule.PermitExpiry => LegalPeriods.AddMonths(from, PermitMonths),
            DeadlineRule.PermitRenewalAlert => RenewalAlert(LegalPeriods.AddMonths(from, PermitMonths), departement),
            DeadlineRule.ExitPathwayRenewal => LegalPeriods.AddMonths(from, ExitPathwayMonths),
            DeadlineRule.FocalPointEnquiry => LegalPeriods.ExtendToWorkingDay(
                LegalPeriods.AddCalendarDays(from, FocalPointEnquiryDays), departement),
            DeadlineRule.MissingChildAlert => from,
            DeadlineRule.CiviClaimLimit => LegalPeriods.ExtendToWorkingDay(
                LegalPeriods.AddMonths(from, CiviClaimMonthsAfterFinalDecision), departement),
            DeadlineRule.ExitPathwayCommission => throw new ArgumentException(
                "The next commission session depends on the département's calendar: use NextCommissionSession.", nameof(rule)),
        };
    }

    /// <summary>The renewal alert for a permit valid until <paramref name="expiresOn"/>: 60 days before, on a working day.</summary>
    public static DateOnly RenewalAlert(DateOnly expiresOn, string departement) =>
        LegalPeriods.BringBackToWorkingDay(expiresOn.AddDays(-PermitRenewalAlertDays), departement);

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
