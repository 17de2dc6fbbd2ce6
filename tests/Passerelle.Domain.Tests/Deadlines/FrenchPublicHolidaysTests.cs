using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Tests.Deadlines;

public class FrenchPublicHolidaysTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")] // the latest possible date
    [InlineData(2285, "2285-03-22")] // the earliest possible date
    public void EasterSunday_MatchesThePublishedDates(int year, string easter) =>
        Assert.Equal(D(easter), FrenchPublicHolidays.EasterSunday(year));

    [Fact]
    public void EasterSunday_IsASundayBetween22MarchAnd25April()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var easter = FrenchPublicHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void Paris2026_HasTheElevenNationalHolidays() => Assert.Equal(
        [
            new(D("2026-01-01"), PublicHoliday.NewYearsDay),
            new(D("2026-04-06"), PublicHoliday.EasterMonday),
            new(D("2026-05-01"), PublicHoliday.LabourDay),
            new(D("2026-05-08"), PublicHoliday.VictoryInEuropeDay),
            new(D("2026-05-14"), PublicHoliday.AscensionDay),
            new(D("2026-05-25"), PublicHoliday.WhitMonday),
            new(D("2026-07-14"), PublicHoliday.BastilleDay),
            new(D("2026-08-15"), PublicHoliday.AssumptionDay),
            new(D("2026-11-01"), PublicHoliday.AllSaintsDay),
            new(D("2026-11-11"), PublicHoliday.ArmisticeDay),
            new Holiday(D("2026-12-25"), PublicHoliday.ChristmasDay),
        ],
        FrenchPublicHolidays.InYear(2026, "75"));

    [Theory]
    [InlineData("57")]
    [InlineData("67")]
    [InlineData("68")]
    public void AlsaceMoselle_AddsGoodFridayAndSaintStephensDay(string departement)
    {
        var holidays = FrenchPublicHolidays.InYear(2026, departement);

        Assert.Equal(13, holidays.Count);
        Assert.Contains(new Holiday(D("2026-04-03"), PublicHoliday.GoodFriday), holidays);
        Assert.Contains(new Holiday(D("2026-12-26"), PublicHoliday.SaintStephensDay), holidays);
    }

    [Theory]
    [InlineData("2024-03-29", "67", true)] // Good Friday
    [InlineData("2024-03-29", "75", false)]
    [InlineData("2024-04-01", "75", true)] // Easter Monday
    [InlineData("2024-05-09", "75", true)] // Ascension
    [InlineData("2024-05-20", "75", true)] // Whit Monday
    [InlineData("2025-04-18", "57", true)] // Good Friday
    [InlineData("2025-04-18", "54", false)] // Meurthe-et-Moselle is not under local law
    [InlineData("2025-04-21", "13", true)]
    [InlineData("2025-05-29", "2A", true)]
    [InlineData("2025-06-09", "2b", true)] // codes are case-insensitive
    [InlineData("2025-12-26", "68", true)]
    [InlineData("2025-12-26", "75", false)]
    [InlineData("2027-03-26", "67", true)] // Good Friday
    [InlineData("2027-03-29", "33", true)] // Easter Monday
    [InlineData("2027-05-06", "33", true)] // Ascension
    [InlineData("2027-05-17", "33", true)] // Whit Monday
    [InlineData("2026-04-05", "75", false)] // Easter Sunday is a Sunday, not a listed holiday
    [InlineData("2026-05-27", "971", true)] // abolition of slavery, Guadeloupe
    [InlineData("2026-05-22", "972", true)] // Martinique
    [InlineData("2026-06-10", "973", true)] // Guyane
    [InlineData("2026-12-20", "974", true)] // La Réunion
    [InlineData("2026-04-27", "976", true)] // Mayotte
    [InlineData("2026-10-09", "977", true)] // Saint-Barthélemy, décret 83-1003 as amended by 2012-553 (D14)
    [InlineData("2026-05-28", "978", true)] // Saint-Martin, commemorated on 28 May since 2018
    [InlineData("2026-05-27", "978", false)] // Guadeloupe's day is not Saint-Martin's
    [InlineData("2026-05-27", "977", false)]
    [InlineData("2026-10-09", "971", false)]
    [InlineData("2026-05-22", "971", false)]
    [InlineData("2026-05-27", "75", false)]
    public void IsHoliday_ByDepartement(string date, string departement, bool expected) =>
        Assert.Equal(expected, FrenchPublicHolidays.IsHoliday(D(date), departement));

    [Fact]
    public void IsHoliday_RefusesAnUnknownDepartement() =>
        Assert.Throws<ArgumentException>(() => FrenchPublicHolidays.IsHoliday(D("2026-01-01"), "99"));

    // D14: a reflection period from a receipt of 9 September 2026 ends on Friday 9 October, Saint-Barthélemy's
    // abolition day: there it moves to Monday 12 October (CPC art. 642); in Guadeloupe it does not.
    [Theory]
    [InlineData("977", "2026-10-12")]
    [InlineData("971", "2026-10-09")]
    public void ReflectionPeriod_SkipsTheAbolitionDayOfSaintBarthelemy(string departement, string expected) =>
        Assert.Equal(D(expected), DeadlineCalculator.Calculate(DeadlineRule.ReflectionPeriod, D("2026-09-09"), departement));
}
