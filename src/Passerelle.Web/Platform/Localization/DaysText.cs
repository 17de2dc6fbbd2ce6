using Microsoft.Extensions.Localization;

namespace Passerelle.Web.Platform.Localization;

/// <summary>
/// Days to a date as people say them: "due in 3 days", "due today", "138 days overdue" — never "−138 days left".
/// </summary>
public static class DaysText
{
    public static string Of(IStringLocalizer text, int daysLeft) => daysLeft switch
    {
        < -1 => string.Format(text["{0} days overdue"], -daysLeft),
        -1 => text["1 day overdue"],
        0 => text["due today"],
        1 => text["due tomorrow"],
        _ => string.Format(text["due in {0} days"], daysLeft),
    };
}
