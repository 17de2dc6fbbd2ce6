namespace Passerelle.Web.Features.Identification;

/// <summary>Body of <c>POST …/identification/rg</c> and <c>…/cg</c>. <c>newInformation</c> is required to reconsider a negative decision.</summary>
public sealed record IdentificationRequest(List<Guid>? Panel, string? NewInformation);

/// <summary>Body of <c>POST …/rg/decision</c> and <c>…/cg/decision</c>. <c>decidedOn</c> defaults to today.</summary>
public sealed record DecisionInput(DecisionOutcome? Outcome, string? Reasons, DateOnly? DecidedOn);

public sealed record PanelMemberView(Guid UserId, string DisplayName, string AgencyName, Domain.Agencies.AgencyType AgencyType);

public sealed record IdentificationStepView(
    Guid Id,
    IdentificationStage Stage,
    bool Reconsideration,
    DateOnly RequestedOn,
    DateOnly? DueOn,
    DateOnly? NotBefore,
    IReadOnlyList<PanelMemberView> Panel,
    DecisionOutcome? Outcome,
    DateOnly? DecidedOn,
    string? Reasons,
    string? NewInformation);

public sealed record PendingDecision(
    Guid StepId, Guid CaseId, string Reference, string Pseudonym, IdentificationStage Stage,
    DateOnly RequestedOn, DateOnly? DueOn, DateOnly? NotBefore, int? DaysLeft);
