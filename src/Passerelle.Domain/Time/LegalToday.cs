namespace Passerelle.Domain.Time;

/// <summary>
/// "Today" for every legal date of Passerelle (a deadline's start, a date that may not be in the future, a report's
/// year): the calendar date in metropolitan France (Europe/Paris), where the mechanism's authorities sit, not the UTC
/// date, which is still yesterday's between midnight and 1 or 2 a.m. in Paris.
/// </summary>
public static class LegalToday
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Europe/Paris: the zone of legal dates, and of the times people are shown.</summary>
    public static TimeZoneInfo Zone => Paris;

    /// <summary>The date in Paris at this instant of <paramref name="clock"/>.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).DateTime);
}
