using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Qualification;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Qualification;

/// <summary>
/// The legal-qualification advisor: open to every member for training and for prosecutors; with a case id,
/// a case worker of the holding agency stores the advice with the case.
/// </summary>
public sealed class IndexModel(QualificationService service, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? CaseId { get; set; }
    [BindProperty] public string? AgeAtFacts { get; set; }
    [BindProperty] public List<string> Acts { get; set; } = [];
    [BindProperty] public List<string> Means { get; set; } = [];
    [BindProperty] public List<string> Purposes { get; set; } = [];
    [BindProperty] public List<string> Aggravating { get; set; } = [];
    [BindProperty] public string? Consented { get; set; }
    [BindProperty] public string? BorderCrossed { get; set; }
    [BindProperty] public string? Charged { get; set; }
    [BindProperty] public string? CompelledOffences { get; set; }

    public QualificationView? Advice { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool CanStore => CaseId is not null && me.CanWriteCases;

    public void OnGet()
    {
    }

    public IActionResult OnPostAdvise()
    {
        if (Facts() is { } facts)
        {
            Advice = QualificationView.Of(facts, LocalizationSetup.CurrentLanguage);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStoreAsync(CancellationToken ct)
    {
        if (!CanStore)
        {
            return Forbid();
        }

        if (Facts() is not { } facts)
        {
            return Page();
        }

        var result = await service.RecordAsync(CaseId!.Value, facts, LocalizationSetup.CurrentLanguage, ct);
        if (!result.Succeeded)
        {
            if (this.Refused(result.Error) is { } refused)
            {
                return refused;
            }

            Errors = result.Error.Messages();
            return Page();
        }

        TempData["Notice"] = "qualification";
        return RedirectToPage("/Cases/Details", new { id = CaseId });
    }

    private QualificationFacts? Facts()
    {
        var errors = new Dictionary<string, string[]>();
        int? age = null;
        if (!string.IsNullOrWhiteSpace(AgeAtFacts))
        {
            if (int.TryParse(AgeAtFacts.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                age = parsed;
            }
            else
            {
                errors["ageAtFacts"] = ["The age must be a number of years."];
            }
        }

        var facts = new QualificationFacts
        {
            AgeAtFacts = age,
            Acts = Parse<TraffickingAct>(Acts),
            Means = Parse<TraffickingMeans>(Means),
            Purposes = Parse<ExploitationPurpose>(Purposes),
            Aggravating = Parse<AggravatingCircumstance>(Aggravating),
            Consented = YesNo(Consented),
            BorderCrossed = YesNo(BorderCrossed),
            Charged = Split(Charged),
            CompelledOffences = Split(CompelledOffences),
        };
        foreach (var (field, messages) in QualificationRules.Validate(facts))
        {
            errors[field] = messages;
        }

        Errors = errors;
        return errors.Count == 0 ? facts : null;
    }

    private static List<T> Parse<T>(IEnumerable<string> values) where T : struct, Enum =>
        values.Select(v => ApiEnum.TryParse<T>(v, out var parsed) ? parsed : (T?)null).OfType<T>().Distinct().ToList();

    private static bool? YesNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    private static List<string> Split(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
