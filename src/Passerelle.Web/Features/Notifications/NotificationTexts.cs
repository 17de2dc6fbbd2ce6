using Passerelle.Web.Features.Alerts;

namespace Passerelle.Web.Features.Notifications;

/// <summary>Where each kind of notification leads (its title is <see cref="Platform.Localization.Labels"/>' for the kind).</summary>
public static class NotificationTexts
{
    /// <summary>A referral opens on its own page (a provider cannot open the case), a panel on "My pending decisions"; anything else on the case.</summary>
    public static string Link(AlertKind kind, Guid caseId, Guid? subjectId) => kind switch
    {
        AlertKind.ReferralReceived when subjectId is { } referral => $"/Referrals/Details/{referral}",
        AlertKind.PanelAssigned => "/Identification",
        _ => $"/Cases/Details/{caseId}",
    };
}
