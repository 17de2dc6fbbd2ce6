using Passerelle.Domain.Time;

namespace Passerelle.Web.Platform.Localization;

/// <summary>Timestamps are stored in UTC; people read them in France's legal time (Europe/Paris), as every legal date.</summary>
public static class LocalTime
{
    public static DateTime Of(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), LegalToday.Zone);

    public static DateTime Of(DateTimeOffset at) => Of(at.UtcDateTime);
}
