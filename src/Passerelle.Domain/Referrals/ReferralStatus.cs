namespace Passerelle.Domain.Referrals;

/// <summary>Serialized in kebab-case. Numbers are stored: never reuse one.</summary>
public enum ReferralStatus
{
    Sent = 1,
    Accepted = 2,
    Declined = 3,
    Completed = 4,
    Withdrawn = 5,
}

/// <summary>What a user can do to a referral. Serialized in kebab-case.</summary>
public enum ReferralAction
{
    Accept = 1,
    Decline = 2,
    Complete = 3,
    Withdraw = 4,
}

/// <summary>
/// The referral state machine: sent → accepted or declined; accepted → completed; sent or accepted → withdrawn.
/// Declined, completed and withdrawn are final.
/// </summary>
public static class ReferralTransitions
{
    /// <summary>The status <paramref name="action"/> leads to from <paramref name="from"/>, or null when it is refused.</summary>
    public static ReferralStatus? Target(ReferralStatus from, ReferralAction action) => (from, action) switch
    {
        (ReferralStatus.Sent, ReferralAction.Accept) => ReferralStatus.Accepted,
        (ReferralStatus.Sent, ReferralAction.Decline) => ReferralStatus.Declined,
        (ReferralStatus.Accepted, ReferralAction.Complete) => ReferralStatus.Completed,
        (ReferralStatus.Sent or ReferralStatus.Accepted, ReferralAction.Withdraw) => ReferralStatus.Withdrawn,
        _ => null,
    };

    /// <summary>The actions open from <paramref name="from"/>, for the buttons a page shows.</summary>
    public static IReadOnlyList<ReferralAction> Allowed(ReferralStatus from) =>
        [.. Enum.GetValues<ReferralAction>().Where(a => Target(from, a) is not null)];
}
