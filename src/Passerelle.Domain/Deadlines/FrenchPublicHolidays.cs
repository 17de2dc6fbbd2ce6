using System.Collections.Concurrent;
using Passerelle.Domain.Geography;

namespace Passerelle.Domain.Deadlines;

/// <summary>
/// The public holidays of a French département in any year: the eleven national ones (Code du travail L.3133-1),
/// Good Friday and 26 December in Moselle, Bas-Rhin and Haut-Rhin, and the commemoration of the abolition of
/// slavery in the overseas départements and in Saint-Barthélemy and Saint-Martin (décret 83-1003 of 23 November
/// 1983 as amended, notably by décret 2012-553 of 23 April 2012).
/// </summary>
public static class FrenchPublicHolidays
{
    // Working-day arithmetic asks about every day it walks over: each (year, département) is computed once.
    private static readonly ConcurrentDictionary<(int Year, string Departement), IReadOnlyList<Holiday>> Cache = new();

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The holidays of <paramref name="departement"/> in <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentException">The département code is unknown (see <see cref="Departements.IsKnown"/>).</exception>
    public static IReadOnlyList<Holiday> InYear(int year, string departement)
    {
        var place = Departements.Find(departement)
            ?? throw new ArgumentException($"Unknown département '{departement}'.", nameof(departement));
        return Cache.GetOrAdd((year, place.Code), key => Compute(key.Year, place));
    }

    private static IReadOnlyList<Holiday> Compute(int year, Departement place)
    {
        var easter = EasterSunday(year);
        List<Holiday> holidays =
        [
            new(new(year, 1, 1), PublicHoliday.NewYearsDay),
            new(easter.AddDays(1), PublicHoliday.EasterMonday),
            new(new(year, 5, 1), PublicHoliday.LabourDay),
            new(new(year, 5, 8), PublicHoliday.VictoryInEuropeDay),
            new(easter.AddDays(39), PublicHoliday.AscensionDay),
            new(easter.AddDays(50), PublicHoliday.WhitMonday),
            new(new(year, 7, 14), PublicHoliday.BastilleDay),
            new(new(year, 8, 15), PublicHoliday.AssumptionDay),
            new(new(year, 11, 1), PublicHoliday.AllSaintsDay),
            new(new(year, 11, 11), PublicHoliday.ArmisticeDay),
            new(new(year, 12, 25), PublicHoliday.ChristmasDay),
        ];

        if (place.HasLocalLawHolidays)
        {
            holidays.Add(new(easter.AddDays(-2), PublicHoliday.GoodFriday));
            holidays.Add(new(new(year, 12, 26), PublicHoliday.SaintStephensDay));
        }

        if (AbolitionOfSlavery(place.Code) is var (month, day))
        {
            holidays.Add(new(new(year, month, day), PublicHoliday.AbolitionOfSlaveryDay));
        }

        holidays.Sort((x, y) => x.Date.CompareTo(y.Date));
        return holidays.AsReadOnly();
    }

    /// <summary>Whether <paramref name="date"/> is a public holiday in <paramref name="departement"/>.</summary>
    /// <exception cref="ArgumentException">The département code is unknown.</exception>
    public static bool IsHoliday(DateOnly date, string departement) =>
        InYear(date.Year, departement).Any(h => h.Date == date);

    /// <summary>Neither a Saturday, a Sunday nor a public holiday of <paramref name="departement"/>.</summary>
    public static bool IsWorkingDay(DateOnly date, string departement) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date, departement);

    private static (int Month, int Day)? AbolitionOfSlavery(string departement) => departement switch
    {
        "971" => (5, 27),
        "972" => (5, 22),
        "973" => (6, 10),
        "974" => (12, 20),
        "976" => (4, 27),

        // Décret 83-1003 as amended by décret 2012-553: Saint-Barthélemy 9 October; Saint-Martin 27 May in the
        // décret, commemorated on 28 May since 2018 (legal review S12): 28 May is the day off there.
        "977" => (10, 9),
        "978" => (5, 28),
        _ => null,
    };
}
