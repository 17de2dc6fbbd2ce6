using Passerelle.Domain.DataRequests;

namespace Passerelle.Web.Features.DataProtection;

/// <summary>A request received from the person: its kind, when, how their identity was checked, and what they ask.</summary>
public sealed record DataRequestInput(DataRequestKind? Kind, DateOnly? ReceivedOn, string? IdentityCheck, string? Request);

/// <summary>An extension of the period to answer (GDPR art. 12(3)): the reason told to the person and the new due date.</summary>
public sealed record DataRequestExtensionInput(string? Reason, DateOnly? Until);

/// <summary>
/// The answer: its outcome, for a refusal (or the part refused) its legal ground, the explanation given to the
/// person, and for a rectification the camelCase names of the case fields corrected (never their values).
/// </summary>
public sealed record DataRequestDecisionInput(DataRequestOutcome? Outcome, RefusalGround? Ground, string? Explanation, List<string>? RectifiedFields);

/// <summary>
/// What keeps a file from being erased on request now (GDPR art. 17(3)). <paramref name="Fact"/>:
/// <c>proceedings-pending</c> (art. 17(3)(e)) or <c>child-protection</c> (art. 17(3)(b)).
/// </summary>
public sealed record ErasureHoldView(RefusalGround Ground, string Fact);

/// <summary>
/// One request of the register. The texts (<paramref name="IdentityCheck"/>, <paramref name="Request"/>,
/// <paramref name="ExtensionReason"/>, <paramref name="Explanation"/>) are given only to the holding agency;
/// for anyone else they are null and <paramref name="Withheld"/> is true. After an erasure they are gone for everyone.
/// </summary>
public sealed record DataRequestView(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    DataRequestKind Kind,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    DataRequestStatus Status,
    bool Overdue,
    string? IdentityCheck,
    string? Request,
    bool Withheld,
    DateOnly? ExtendedOn,
    string? ExtensionReason,
    DateOnly? DecidedOn,
    RefusalGround? Ground,
    string? Explanation,
    IReadOnlyList<string> RectifiedFields,
    DateTime? ErasedAt,
    IReadOnlyList<ErasureHoldView> ErasureHolds,
    int Version);

/// <summary>An open request in the national view: the case by reference only, the holding agency, the kind and the dates.</summary>
public sealed record OpenDataRequestView(
    Guid Id, Guid CaseId, string CaseReference, string Agency, DataRequestKind Kind, DateOnly ReceivedOn, DateOnly DueOn, DataRequestStatus Status,
    bool Overdue, int DaysLeft);

/// <summary>Which requests the national view lists.</summary>
public enum DataRequestFilter
{
    /// <summary>Every request not yet answered.</summary>
    Open = 1,

    /// <summary>Open requests due within seven days, or overdue.</summary>
    Due = 2,

    /// <summary>Every request, answered or not (the register as a whole).</summary>
    All = 3,
}
