using Passerelle.Domain.Agencies;
using Passerelle.Domain.LegalSteps;

namespace Passerelle.Web.Features.LegalSteps;

/// <summary>Body of <c>POST /api/v1/cases/{id}/legal-steps</c>.</summary>
public sealed record LegalStepInput(LegalStepKind? Kind, DateOnly? On, string? Language, bool? Interpreter, string? Recipient, ProsecutorOutcome? Outcome, DateOnly? OutcomeOn);

/// <summary>Body of <c>PUT /api/v1/cases/{id}/legal-steps/{stepId}/outcome</c>: the prosecutor's answer to a report.</summary>
public sealed record ProsecutorOutcomeInput(ProsecutorOutcome? Outcome, DateOnly? OutcomeOn);

public sealed record LegalStepView(
    Guid Id, LegalStepKind Kind, DateOnly On, string? Language, bool? Interpreter, string? Recipient,
    ProsecutorOutcome? Outcome, DateOnly? OutcomeOn, string RecordedBy, string AgencyName, AgencyType AgencyType, DateTime RecordedAt);
