using Microsoft.Extensions.Localization;
using Passerelle.Web.Features.Home;

namespace Passerelle.Web.Platform.Localization;

/// <summary>
/// Days to a date as people say them: "due in 3 days", "due today", "138 days overdue" — never "−138 days left".
/// </summary>
public static class DaysText
{
    public static string Of(IStringLocalizer text, int daysLeft) => daysLeft switch
    {
        < -1 => string.Format(text[DayTexts.DaysOverdue], -daysLeft),
        -1 => text[DayTexts.OneDayOverdue],
        0 => text[DayTexts.DueToday],
        1 => text[DayTexts.DueTomorrow],
        _ => string.Format(text[DayTexts.DueInDays], daysLeft),
    };
}
