using Passerelle.Web.Features.Alerts;

namespace Passerelle.Web.Features.Notifications;

/// <summary>The title of each kind of notification (an English resource key, French in Text.fr.resx) and where it leads.</summary>
public static class NotificationTexts
{
    public static string Title(AlertKind kind) => kind switch
    {
        AlertKind.MissingChild => "A child has been reported missing",
        AlertKind.ReferralReceived => "A referral has been sent to your service",
        AlertKind.PanelAssigned => "You sit on an identification panel: your view is awaited",
        AlertKind.DeadlineDueSoon => "A deadline falls due this week",
        AlertKind.DeadlineOverdue => "A deadline has passed",
    };

    /// <summary>A referral opens on its own page (a provider cannot open the case), a panel on "My pending decisions"; anything else on the case.</summary>
    public static string Link(AlertKind kind, Guid caseId, Guid? subjectId) => kind switch
    {
        AlertKind.ReferralReceived when subjectId is { } referral => $"/Referrals/Details/{referral}",
        AlertKind.PanelAssigned => "/Identification",
        _ => $"/Cases/Details/{caseId}",
    };
}
