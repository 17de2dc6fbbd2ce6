namespace Passerelle.Web.Features.Rights;

public sealed record ResidencePermitInput(PermitKind? Kind, DateOnly? IssuedOn, DateOnly? ValidUntil, DateOnly? RenewalRequestedOn);

public sealed record ProvisionalAuthorisationInput(DateOnly? GrantedOn, DateOnly? ValidUntil, DateOnly? RenewalRequestedOn);

public sealed record ExitPathwayApplicationInput(DateOnly? AppliedOn, DateOnly? DecidedOn, bool? Authorised);

/// <summary>The whole rights record of a case, replaced at once by <c>PUT /api/v1/cases/{id}/rights</c>.</summary>
public sealed record RightsInput(
    DateOnly? PrefectureReceiptOn,
    DateOnly? ReflectionDecisionOn,
    IReadOnlyList<ResidencePermitInput>? ResidencePermits,
    IReadOnlyList<ProvisionalAuthorisationInput>? ProvisionalAuthorisations,
    IReadOnlyList<ExitPathwayApplicationInput>? ExitPathwayApplications);

public sealed record ResidencePermitView(PermitKind Kind, DateOnly IssuedOn, DateOnly? ValidUntil, DateOnly? RenewalRequestedOn);

public sealed record ProvisionalAuthorisationView(DateOnly GrantedOn, DateOnly? ValidUntil, DateOnly? RenewalRequestedOn);

public sealed record ExitPathwayApplicationView(DateOnly AppliedOn, DateOnly? DecidedOn, bool? Authorised);

/// <param name="ProtectedFromRemovalUntil">
/// Derived, never typed: the reflection period's last day while it runs today (no removal during it); null otherwise.
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
    int Version);
