namespace Passerelle.Web.Features.Home;

/// <summary>
/// The English keys of the day's texts built in code (tasks' titles, days to a date, the digest's line), French in
/// Text.fr.resx; the translation test reads them from here, as it reads <see cref="Platform.Outcomes.ProblemTexts"/>.
/// </summary>
public static class DayTexts
{
    public const string RgViewAwaited = "Reasonable-grounds decision: your view is awaited";
    public const string CgViewAwaited = "Conclusive-grounds decision: your view is awaited";
    public const string ReferralReceived = "Referral received: {0}";
    public const string ChildMissingSince = "Child missing since {0}";
    public const string SamePersonAs = "Possibly the same person as {0}: review the pair";
    public const string DaysOverdue = "{0} days overdue";
    public const string OneDayOverdue = "1 day overdue";
    public const string DueToday = "due today";
    public const string DueTomorrow = "due tomorrow";
    public const string DueInDays = "due in {0} days";
    public const string UnreadNotifications = "Unread notifications of the last day:";
}
