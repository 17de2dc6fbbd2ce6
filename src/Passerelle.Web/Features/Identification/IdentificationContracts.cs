namespace Passerelle.Web.Features.Identification;

/// <summary>Body of <c>POST …/identification/rg</c> and <c>…/cg</c>. <c>newInformation</c> is required to reconsider a negative decision.</summary>
public sealed record IdentificationRequest(List<Guid>? Panel, string? NewInformation);

/// <summary>Body of <c>POST …/rg/decision</c> and <c>…/cg/decision</c>. <c>decidedOn</c> defaults to today.</summary>
public sealed record DecisionInput(DecisionOutcome? Outcome, string? Reasons, DateOnly? DecidedOn);

public sealed record PanelMemberView(Guid UserId, string DisplayName, string AgencyName, Domain.Agencies.AgencyType AgencyType);

/// <summary>One member's view. <c>dissent</c>: it differs from the panel's decision (or, while pending, from the first view given).</summary>
public sealed record PanelOpinionView(
    Guid UserId, string DisplayName, string AgencyName, Domain.Agencies.AgencyType AgencyType,
    DecisionOutcome Outcome, string? Reasons, DateOnly GivenOn, bool Dissent);

/// <summary>
/// A request and, once the panel has decided, its decision. <c>decided</c> is false while the members' views do not
/// yet make a decision; <c>basis</c> says which rule applies (see docs/identification.md); <c>views</c> are the
/// members' own views so far, <c>awaiting</c> the members who have not given theirs.
/// </summary>
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
    string? NewInformation,
    bool Decided,
    Domain.Identification.ConsensusBasis? Basis,
    IReadOnlyList<PanelOpinionView> Views,
    IReadOnlyList<PanelMemberView> Awaiting);

public sealed record PendingDecision(
    Guid StepId, Guid CaseId, string Reference, string Pseudonym, IdentificationStage Stage,
    DateOnly RequestedOn, DateOnly? DueOn, DateOnly? NotBefore, int? DaysLeft,
    bool MyViewGiven, IReadOnlyList<PanelOpinionView> Views);

/// <summary>
/// One undecided request in the national view of the coordinator: the case by reference and pseudonym, its holding
/// agency, and how many members have given their view — no reasons, no member's name.
/// </summary>
public sealed record NationalPendingDecision(
    Guid CaseId, string Reference, string Pseudonym, string Agency, IdentificationStage Stage,
    DateOnly RequestedOn, DateOnly? DueOn, DateOnly? NotBefore, int? DaysLeft, int ViewsGiven, int Members);
