namespace Passerelle.DemoData;

/// <summary>Detection dates over the five years before today, never after it.</summary>
internal static class DetectionDates
{
    public const int Years = 5;

    /// <summary>
    /// Trafficking victims identified by police and gendarmerie, 2016–2020 (DOMAIN.md section 7), oldest first:
    /// the relative volume of each of the five demo years.
    /// </summary>
    private static readonly IReadOnlyList<(int YearsAgo, double Weight)> Volumes =
        [(4, 219), (3, 194), (2, 174), (1, 223), (0, 192)];

    public static DateOnly Draw(Random random, DateOnly today)
    {
        var yearsAgo = random.Pick(Volumes);
        var end = today.AddYears(-yearsAgo);
        var start = end.AddYears(-1);
        var span = end.DayNumber - start.DayNumber;
        return start.AddDays(1 + random.Next(span));
    }

    /// <summary>When a later agency meets the same person: days to months afterwards, never after today.</summary>
    public static DateOnly Later(Random random, DateOnly first, DateOnly today)
    {
        var later = first.AddDays(random.Chance(0.3) ? random.Next(0, 15) : random.Next(15, 240));
        return later > today ? today : later;
    }

    public static DateOnly Registration(Random random, DateOnly detectedOn, DateOnly today)
    {
        var delay = random.NextDouble() switch
        {
            < 0.4 => 0,
            < 0.8 => random.Next(1, 8),
            _ => random.Next(8, 61),
        };
        var registered = detectedOn.AddDays(delay);
        return registered > today ? today : registered;
    }
}
