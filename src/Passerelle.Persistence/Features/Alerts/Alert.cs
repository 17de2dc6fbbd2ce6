namespace Passerelle.Web.Features.Alerts;

/// <summary>What a notification (an <see cref="Alert"/>) tells; stored by name.</summary>
public enum AlertKind
{
    MissingChild = 1,

    /// <summary>A referral was sent to a provider the user's agency acts for.</summary>
    ReferralReceived = 2,

    /// <summary>The user was put on the panel of an identification request.</summary>
    PanelAssigned = 3,

    /// <summary>A deadline of a case the user's agency holds falls due within a week.</summary>
    DeadlineDueSoon = 4,

    /// <summary>That deadline has passed without being met.</summary>
    DeadlineOverdue = 5,
}

/// <summary>
/// An in-app notification to one user (the missing-child alert was the first kind; Features/Notifications adds the
/// others and the API and page that list them). It carries the case reference only, never a name: a recipient outside the case's
/// agency learns that a child of that case went missing, and asks the lead agency for the rest.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public AlertKind Kind { get; init; }
    public Guid CaseId { get; init; }
    public string CaseReference { get; init; } = "";
    /// <summary>The episode, referral, identification request or deadline the notification is about.</summary>
    public Guid? SubjectId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? ReadAt { get; set; }
}
