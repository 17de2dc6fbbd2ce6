namespace Passerelle.Domain.Deadlines;

/// <summary>
/// Period arithmetic as the Code de procédure civile counts it. Art. 641: the day of the act or event that starts
/// a period does not count, and a period in months ends on the day of the last month with the same number (or the
/// last day of a shorter month). Art. 642: a period ends at midnight on its last day, and a period that would end
/// on a Saturday, a Sunday or a public holiday is extended to the next working day — applied only where a rule
/// says so (<see cref="DeadlineCalculator"/>).
/// </summary>
public static class LegalPeriods
{
    /// <summary>
    /// The day on which a period of <paramref name="workingDays"/> working days started by an event on
    /// <paramref name="from"/> ends: the event's day does not count, and Saturdays, Sundays and the public holidays
    /// of <paramref name="departement"/> are skipped. The result is always a working day.
    /// </summary>
    /// <exception cref="ArgumentException">The département code is unknown.</exception>
    public static DateOnly AddWorkingDays(DateOnly from, int workingDays, string departement)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (FrenchPublicHolidays.IsWorkingDay(day, departement))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// The last day of a period of <paramref name="days"/> calendar days started by an event on
    /// <paramref name="from"/>: the event's day does not count, so 30 days from 2 March end on 1 April. No art. 642
    /// extension: see <see cref="ExtendToWorkingDay"/>.
    /// </summary>
    public static DateOnly AddCalendarDays(DateOnly from, int days) => from.AddDays(days);

    /// <summary>
    /// The last day of a period of <paramref name="months"/> months (art. 641 §2): the same day number, or the last
    /// day of the month when it has no such day (6 months from 31 August end on 28 or 29 February).
    /// </summary>
    public static DateOnly AddMonths(DateOnly from, int months) => from.AddMonths(months);

    /// <summary>Art. 642: a last day that falls on a Saturday, a Sunday or a public holiday moves to the next working day.</summary>
    public static DateOnly ExtendToWorkingDay(DateOnly lastDay, string departement)
    {
        var day = lastDay;
        while (!FrenchPublicHolidays.IsWorkingDay(day, departement))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// For alerts, which must come no later than their date: a day off moves back to the previous working day.
    /// </summary>
    public static DateOnly BringBackToWorkingDay(DateOnly day, string departement)
    {
        var result = day;
        while (!FrenchPublicHolidays.IsWorkingDay(result, departement))
        {
            result = result.AddDays(-1);
        }

        return result;
    }
}
