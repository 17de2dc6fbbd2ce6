using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Tests.Deadlines;

public class LegalPeriodsTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-04-02", 5, "75", "2026-04-10")] // Easter Monday 6 April
    [InlineData("2026-04-02", 5, "67", "2026-04-13")] // and Good Friday 3 April in Bas-Rhin
    [InlineData("2026-04-02", 5, "57", "2026-04-13")]
    [InlineData("2026-04-02", 5, "68", "2026-04-13")]
    [InlineData("2026-03-07", 5, "75", "2026-03-13")] // from a Saturday
    [InlineData("2026-03-09", 1, "75", "2026-03-10")] // the starting day does not count
    [InlineData("2026-03-13", 1, "75", "2026-03-16")] // Friday → Monday
    [InlineData("2026-03-09", 0, "75", "2026-03-09")]
    [InlineData("2026-04-30", 5, "75", "2026-05-11")] // 1 and 8 May
    [InlineData("2026-05-13", 5, "75", "2026-05-21")] // Ascension
    [InlineData("2026-05-20", 5, "75", "2026-05-28")] // Whit Monday
    [InlineData("2026-05-20", 5, "972", "2026-05-29")] // and 22 May in Martinique
    [InlineData("2025-12-24", 5, "75", "2026-01-02")] // across the year end: 25 December, 1 January
    [InlineData("2025-12-24", 5, "67", "2026-01-05")] // and 26 December in Alsace
    [InlineData("2024-03-27", 5, "75", "2024-04-04")] // Easter Monday 1 April 2024
    [InlineData("2024-03-27", 5, "68", "2024-04-05")] // and Good Friday 29 March 2024
    [InlineData("2030-12-20", 10, "75", "2031-01-07")]
    public void AddWorkingDays_SkipsWeekendsAndTheDepartementsHolidays(string from, int days, string departement, string expected) =>
        Assert.Equal(D(expected), LegalPeriods.AddWorkingDays(D(from), days, departement));

    [Theory]
    [InlineData("2026-03-02", 30, "2026-04-01")] // the example
    [InlineData("2027-03-02", 30, "2027-04-01")]
    [InlineData("2026-12-15", 30, "2027-01-14")]
    [InlineData("2028-02-15", 30, "2028-03-16")] // leap year
    [InlineData("2026-04-02", 0, "2026-04-02")]
    public void AddCalendarDays_DoesNotCountTheStartingDay(string from, int days, string expected) =>
        Assert.Equal(D(expected), LegalPeriods.AddCalendarDays(D(from), days));

    [Theory]
    [InlineData("2026-04-02", 6, "2026-10-02")]
    [InlineData("2026-08-31", 6, "2027-02-28")] // no 31 February: the last day of the month
    [InlineData("2027-08-31", 6, "2028-02-29")]
    [InlineData("2026-11-30", 3, "2027-02-28")]
    public void AddMonths_KeepsTheDayNumberOrTheMonthsLastDay(string from, int months, string expected) =>
        Assert.Equal(D(expected), LegalPeriods.AddMonths(D(from), months));

    [Theory]
    [InlineData("2026-05-02", "75", "2026-05-04")] // Saturday
    [InlineData("2026-05-01", "75", "2026-05-04")] // Friday 1 May
    [InlineData("2027-01-01", "75", "2027-01-04")]
    [InlineData("2025-12-26", "75", "2025-12-26")]
    [InlineData("2025-12-26", "67", "2025-12-29")]
    [InlineData("2026-04-03", "57", "2026-04-07")] // Good Friday, weekend, Easter Monday
    [InlineData("2026-04-01", "75", "2026-04-01")]
    public void ExtendToWorkingDay_MovesADayOffForward(string day, string departement, string expected) =>
        Assert.Equal(D(expected), LegalPeriods.ExtendToWorkingDay(D(day), departement));

    [Theory]
    [InlineData("2027-02-07", "75", "2027-02-05")]
    [InlineData("2026-04-06", "67", "2026-04-02")]
    [InlineData("2026-04-02", "67", "2026-04-02")]
    public void BringBackToWorkingDay_MovesADayOffBack(string day, string departement, string expected) =>
        Assert.Equal(D(expected), LegalPeriods.BringBackToWorkingDay(D(day), departement));

    [Fact]
    public void AddWorkingDays_RefusesANegativeCount() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriods.AddWorkingDays(D("2026-04-02"), -1, "75"));
}
