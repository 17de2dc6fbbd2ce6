using Passerelle.Domain.Proceedings;

namespace Passerelle.Web.Features.Proceedings;

public sealed record SentenceInput(int? PrisonMonths, int? SuspendedMonths, decimal? Fine, string? Other);

public sealed record ConfiscationInput(DateOnly? OrderedOn, decimal? Amount, string? Description);

public sealed record CompensationClaimInput(CompensationBody? Body, DateOnly? FiledOn, decimal? AmountClaimed, DateOnly? DecidedOn, decimal? AmountGranted);

/// <summary>The whole proceedings record of a case, replaced at once by <c>PUT /api/v1/cases/{id}/proceedings</c>.</summary>
public sealed record ProceedingsInput(
    DateOnly? ComplaintFiledOn,
    InvestigatingUnit? Unit,
    string? OtherUnit,
    IReadOnlyList<string>? OffencesCharged,
    ProceedingsOutcome? Outcome,
    DateOnly? DecidedOn,
    DateOnly? FinalOn,
    SentenceInput? Sentence,
    IReadOnlyList<ConfiscationInput>? Confiscations,
    IReadOnlyList<CompensationClaimInput>? CompensationClaims);

public sealed record SentenceView(int PrisonMonths, int SuspendedMonths, decimal Fine, string? Other);

public sealed record ConfiscationView(DateOnly OrderedOn, decimal Amount, string? Description);

public sealed record CompensationClaimView(CompensationBody Body, DateOnly FiledOn, decimal AmountClaimed, DateOnly? DecidedOn, decimal? AmountGranted);

public sealed record ProceedingsView(
    Guid CaseId,
    string Reference,
    DateOnly? ComplaintFiledOn,
    InvestigatingUnit? Unit,
    string? OtherUnit,
    IReadOnlyList<string> OffencesCharged,
    ProceedingsOutcome Outcome,
    DateOnly? DecidedOn,
    DateOnly? FinalOn,
    SentenceView? Sentence,
    IReadOnlyList<ConfiscationView> Confiscations,
    IReadOnlyList<CompensationClaimView> CompensationClaims,
    int Version);
