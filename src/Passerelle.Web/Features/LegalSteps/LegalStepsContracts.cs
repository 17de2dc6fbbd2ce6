using Passerelle.Domain.Agencies;
using Passerelle.Domain.LegalSteps;

namespace Passerelle.Web.Features.LegalSteps;

/// <summary>Body of <c>POST /api/v1/cases/{id}/legal-steps</c>.</summary>
/// <param name="Level">A danger assessment's level.</param>
/// <param name="Place">A confidential placement's place: stored encrypted, returned only to readers of the identity.</param>
/// <param name="InformedBy">Information on rights (R.425-1): who gave it (the police or gendarmerie service and officer). Required for that step.</param>
public sealed record LegalStepInput(
    LegalStepKind? Kind, DateOnly? On, string? Language, bool? Interpreter, string? Recipient, ProsecutorOutcome? Outcome, DateOnly? OutcomeOn,
    DangerLevel? Level = null, string? Place = null, string? InformedBy = null);

/// <summary>Body of <c>PUT /api/v1/cases/{id}/legal-steps/{stepId}/outcome</c>: the prosecutor's answer to a report.</summary>
public sealed record ProsecutorOutcomeInput(ProsecutorOutcome? Outcome, DateOnly? OutcomeOn);

/// <param name="Place">A confidential placement's place, for users who may read the case's identifying fields; otherwise null.</param>
/// <param name="PlaceWithheld">True when the step has a place this user may not read (shown as "confidential").</param>
public sealed record LegalStepView(
    Guid Id, LegalStepKind Kind, DateOnly On, string? Language, bool? Interpreter, string? Recipient,
    ProsecutorOutcome? Outcome, DateOnly? OutcomeOn, string RecordedBy, string AgencyName, AgencyType AgencyType, DateTime RecordedAt,
    DangerLevel? Level = null, string? Place = null, bool PlaceWithheld = false, string? InformedBy = null);
