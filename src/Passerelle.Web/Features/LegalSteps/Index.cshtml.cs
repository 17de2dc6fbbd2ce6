using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.LegalSteps;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.LegalSteps;

/// <summary>
/// The legal steps of a case with the form that records one, and the prosecutor's answer to a report. The case page
/// posts here too. One write path: <see cref="LegalStepsService"/>, which scopes (404 outside the case's agencies)
/// and audits like the API; the role gate is the API's (<see cref="CurrentUser.CanWriteCases"/>).
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
public sealed class IndexModel(LegalStepsService service, CurrentUser me) : PageModel
{
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Language { get; set; }

    /// <summary>"", "yes" or "no".</summary>
    [BindProperty] public string? Interpreter { get; set; }

    [BindProperty] public string? Recipient { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DateOnly? OutcomeOn { get; set; }
    [BindProperty] public Guid? StepId { get; set; }
    [BindProperty] public string? Level { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? InformedBy { get; set; }

    public Guid CaseId { get; private set; }
    public IReadOnlyList<LegalStepView> Steps { get; private set; } = [];
    public bool CanWrite => me.CanWriteCases;
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!me.CanWriteCases)
        {
            return Forbid();
        }

        var kind = ApiEnum.TryParse<LegalStepKind>(Kind, out var k) ? k : (LegalStepKind?)null;
        var outcome = ApiEnum.TryParse<ProsecutorOutcome>(Outcome, out var o) ? o : (ProsecutorOutcome?)null;
        var level = ApiEnum.TryParse<DangerLevel>(Level, out var l) ? l : (DangerLevel?)null;
        if (!string.IsNullOrEmpty(Kind) && kind is null)
        {
            Errors["kind"] = ["Unknown kind of step."];
        }

        if (!string.IsNullOrEmpty(Level) && level is null)
        {
            Errors["level"] = ["Unknown level of danger."];
        }

        if (Errors.Count == 0)
        {
            var input = new LegalStepInput(kind, On, Language, Interpreter switch { "yes" => true, "no" => false, _ => null }, Recipient,
                kind == LegalStepKind.ProsecutorReport ? outcome : null, kind == LegalStepKind.ProsecutorReport ? OutcomeOn : null,
                level, Place, InformedBy);
            var result = await service.RecordAsync(id, input, ct);
            if (result.Succeeded)
            {
                TempData["Notice"] = "legal-step";
                return Redirect($"/Cases/Details/{id}#legal-steps");
            }

            if (result.Error!.Kind is WriteFailure.NotFound or WriteFailure.Forbidden)
            {
                return this.Refused(result.Error)!;
            }

            Errors = result.Error.Messages("form").ToDictionary();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>The prosecutor's answer to a report (CPP art. 40-2).</summary>
    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, CancellationToken ct)
    {
        if (!me.CanWriteCases)
        {
            return Forbid();
        }

        var outcome = ApiEnum.TryParse<ProsecutorOutcome>(Outcome, out var o) ? o : (ProsecutorOutcome?)null;
        var result = await service.RecordOutcomeAsync(id, StepId ?? Guid.Empty, new ProsecutorOutcomeInput(outcome, OutcomeOn), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "legal-step-outcome";
            return Redirect($"/Cases/Details/{id}#legal-steps");
        }

        if (result.Error!.Kind is WriteFailure.NotFound or WriteFailure.Forbidden)
        {
            return this.Refused(result.Error)!;
        }

        Errors = result.Error.Messages("form").ToDictionary(e => $"answer.{e.Key}", e => e.Value);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>What the section partial shows: the steps, and the form with what was posted.</summary>
    public LegalStepsSection Section => new(CaseId, Steps, CanWrite, Errors,
        new LegalStepForm(Kind, On, Language, Interpreter, Recipient, Outcome, OutcomeOn, Level, Place, InformedBy), StepId);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        CaseId = id;
        if ((await service.ListAsync(id, Paging.All, ct))?.Items is not { } steps)
        {
            return false;
        }

        Steps = steps;
        return true;
    }
}

/// <summary>The values of the record form, as typed (so that a refused form shows them again).</summary>
public sealed record LegalStepForm(
    string? Kind, DateOnly? On, string? Language, string? Interpreter, string? Recipient, string? Outcome, DateOnly? OutcomeOn, string? Level = null, string? Place = null,
    string? InformedBy = null)
{
    public static LegalStepForm Empty { get; } = new(null, null, null, null, null, null, null);
}

/// <summary>Model of <c>_LegalStepsSection.cshtml</c>, on the case page and on the legal-steps page.</summary>
/// <param name="AnswerStepId">The report whose answer was refused, to show its errors next to it.</param>
public sealed record LegalStepsSection(
    Guid CaseId, IReadOnlyList<LegalStepView> Steps, bool CanWrite, IReadOnlyDictionary<string, string[]> Errors, LegalStepForm Form, Guid? AnswerStepId = null);
