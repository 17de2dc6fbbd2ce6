using Passerelle.Domain.Identification;

namespace Passerelle.Domain.Cases;

/// <summary>
/// Why a case is closed (DOMAIN.md step 8: "integration in France, relocation, or safe return; with a reason"). The
/// date of closure starts the retention periods (<see cref="Retention.RetentionSchedule"/>). Serialized in kebab-case.
/// </summary>
public enum ClosureReason
{
    /// <summary>The person settled in France and no longer needs the mechanism's support.</summary>
    Integration = 1,

    /// <summary>The person moved elsewhere, in France or abroad, and is supported there.</summary>
    Relocation = 2,

    /// <summary>The person went back to their country of origin, with a best-interests or risk assessment for a child.</summary>
    SafeReturn = 3,

    /// <summary>The panel found no reasonable or conclusive grounds (only after a negative decision).</summary>
    NotAVictim = 4,

    /// <summary>The person can no longer be reached.</summary>
    LostContact = 5,

    /// <summary>The person no longer wants the mechanism's support (assistance never depends on it being accepted).</summary>
    PersonDeclined = 6,
}

/// <summary>The rules of closing a case; errors keyed by the API's camelCase field.</summary>
public static class CaseClosure
{
    /// <summary>
    /// A case closes from any status but a pending panel decision (the panel decides first: a policy, so that a
    /// decision asked for is always answered) and only once. "Not a victim" follows a negative decision only. The
    /// date is not in the future nor before the detection.
    /// </summary>
    public static Dictionary<string, string[]> Validate(CaseStatus status, ClosureReason? reason, DateOnly? closedOn, DateOnly detectedOn, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (reason is null || !Enum.IsDefined(reason.Value))
        {
            errors["reason"] = ["Give the reason of the closure: integration, relocation, safe-return, not-a-victim, lost-contact or person-declined."];
        }
        else if (reason == ClosureReason.NotAVictim && status is not (CaseStatus.RgNegative or CaseStatus.CgNegative))
        {
            errors["reason"] = ["A case is closed as 'not a victim' only after a negative decision of the panel."];
        }

        if (closedOn is null)
        {
            errors["closedOn"] = ["The date of closure is required."];
        }
        else if (closedOn > today)
        {
            errors["closedOn"] = ["The date of closure cannot be in the future."];
        }
        else if (closedOn < detectedOn)
        {
            errors["closedOn"] = ["A case is closed on or after the day it was detected."];
        }

        return errors;
    }

    /// <summary>Whether the case's status lets it close now (see <see cref="CaseLifecycle"/>).</summary>
    public static bool MayClose(CaseStatus status) => CaseLifecycle.Next(status, CaseEvent.Closed) is not null;
}
