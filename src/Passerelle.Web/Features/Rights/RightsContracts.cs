using Passerelle.Domain.Rights;
namespace Passerelle.Web.Features.Rights;

/// <param name="MinorDeclaration">CESEDA R.425-5: what a minor of 16 or 17 declared wishing to do, work or training (required when the person is certainly a minor on the issue date).</param>
public sealed record ResidencePermitInput(PermitKind? Kind, DateOnly? IssuedOn, DateOnly? ValidUntil, DateOnly? RenewalRequestedOn, MinorDeclaration? MinorDeclaration = null);

public sealed record ProvisionalAuthorisationInput(DateOnly? GrantedOn, DateOnly? ValidUntil, DateOnly? RenewalRequestedOn);

public sealed record ExitPathwayApplicationInput(DateOnly? AppliedOn, DateOnly? DecidedOn, bool? Authorised);

/// <summary>The whole rights record of a case, replaced at once by <c>PUT /api/v1/cases/{id}/rights</c>.</summary>
public sealed record RightsInput(
    DateOnly? PrefectureReceiptOn,
    DateOnly? ReflectionDecisionOn,
    IReadOnlyList<ResidencePermitInput>? ResidencePermits,
    IReadOnlyList<ProvisionalAuthorisationInput>? ProvisionalAuthorisations,
    IReadOnlyList<ExitPathwayApplicationInput>? ExitPathwayApplications,
    DateOnly? PrefectureReceiptWithdrawnOn = null);

public sealed record ResidencePermitView(PermitKind Kind, DateOnly IssuedOn, DateOnly? ValidUntil, DateOnly? RenewalRequestedOn, MinorDeclaration? MinorDeclaration = null);

public sealed record ProvisionalAuthorisationView(DateOnly GrantedOn, DateOnly? ValidUntil, DateOnly? RenewalRequestedOn);

public sealed record ExitPathwayApplicationView(DateOnly AppliedOn, DateOnly? DecidedOn, bool? Authorised);

/// <param name="ProtectedFromRemovalUntil">
/// Derived, never typed: the reflection period's last day while it runs today from a prefecture receipt that was
/// not withdrawn (no removal during it, CESEDA R.425-2); null otherwise, and always null before a receipt.
/// </param>
/// <param name="ReflectionStatus">
/// Derived: <c>to-request</c> while there is no receipt (the person is not protected: have the police inform them,
/// R.425-1, and the prefecture issue the receipt), <c>running</c>, <c>withdrawn</c>, <c>closed</c> or <c>not-applicable</c>.
/// </param>
/// <param name="ResidentCardEligibleSince">
/// Derived: the day the conviction of the accused became final, when the person (a foreign national) holds no
/// resident card yet: CESEDA L.425-3 gives a ten-year resident card, provided the stay is regular.
/// </param>
public sealed record RightsView(
    Guid CaseId,
    string Reference,
    DateOnly? PrefectureReceiptOn,
    DateOnly? ReflectionDecisionOn,
    IReadOnlyList<ResidencePermitView> ResidencePermits,
    IReadOnlyList<ProvisionalAuthorisationView> ProvisionalAuthorisations,
    IReadOnlyList<ExitPathwayApplicationView> ExitPathwayApplications,
    DateOnly? ProtectedFromRemovalUntil,
    int Version,
    DateOnly? PrefectureReceiptWithdrawnOn = null,
    Passerelle.Domain.Deadlines.ReflectionPeriodStatus ReflectionStatus = Passerelle.Domain.Deadlines.ReflectionPeriodStatus.ToRequest,
    DateOnly? ResidentCardEligibleSince = null) : Cases.IVersionedView;
