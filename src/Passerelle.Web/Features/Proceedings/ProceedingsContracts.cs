using Passerelle.Domain.Proceedings;

namespace Passerelle.Web.Features.Proceedings;

public sealed record SentenceInput(int? PrisonMonths, int? SuspendedMonths, decimal? Fine, string? Other);

public sealed record ConfiscationInput(DateOnly? OrderedOn, decimal? Amount, string? Description);

public sealed record CompensationClaimInput(CompensationBody? Body, DateOnly? FiledOn, decimal? AmountClaimed, DateOnly? DecidedOn, decimal? AmountGranted);

/// <summary>
/// The victim's own position as a suspect or defendant (non-punishment): the status, the day a note drew the
/// prosecutor's attention to the trafficking, and what became of it.
/// </summary>
public sealed record NonPunishmentInput(AccusedStatus? Status, DateOnly? NoteToProsecutorOn, NonPunishmentOutcome? Outcome);

public sealed record NonPunishmentView(AccusedStatus Status, DateOnly? NoteToProsecutorOn, NonPunishmentOutcome Outcome);

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
    IReadOnlyList<CompensationClaimInput>? CompensationClaims,
    DateOnly? OffenceOn = null,
    DateOnly? TestimonyGivenOn = null,
    bool? TiesSevered = null,
    NonPunishmentInput? NonPunishment = null);

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
    int Version,
    DateOnly? OffenceOn = null,
    DateOnly? TestimonyGivenOn = null,
    bool? TiesSevered = null,
    NonPunishmentView? NonPunishment = null,
    Qualification.WarningView? ChargesWarning = null,
    Domain.Qualification.ChargedQualification Charged = Domain.Qualification.ChargedQualification.None) : Cases.IVersionedView;
