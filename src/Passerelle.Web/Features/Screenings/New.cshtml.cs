using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Screening;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Screenings;

/// <summary>
/// The screening form, fast to use in an interview: indicators grouped by dimension, and the explained verdict
/// shown before anything is saved.
/// </summary>
[Authorize(Policy = Policies.CasesWrite)]
public sealed class NewModel(ScreeningService screenings, CatalogueStore catalogues, CaseRegistry registry) : PageModel
{
    [BindProperty] public string? Exploitation { get; set; } = "";
    [BindProperty] public List<string> Indicators { get; set; } = [];
    [BindProperty] public bool AgeDisputed { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public CaseView Case { get; private set; } = null!;
    public IndicatorList List { get; private set; } = null!;
    public PopulationDecision Population { get; private set; } = null!;
    public ScreeningView? Preview { get; private set; }

    /// <summary>Indicators the case's recorded methods of control stand for (<see cref="ControlMethodIndicators"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Domain.Htcds.MethodOfControl>> Suggested { get; private set; } =
        new Dictionary<string, IReadOnlyList<Domain.Htcds.MethodOfControl>>();
    public IReadOnlyDictionary<string, string[]> Errors => ModelState.FieldErrors();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await registry.ViewAsync(id, ct, Domain.Access.CaseOperation.Update) is not { } view)
        {
            return NotFound();
        }

        Case = view;
        AgeDisputed = view.AgeDisputed;
        Exploitation = ApiEnum.Name(view.ExploitationForms.Count > 0 ? ExploitationLists.For(view.ExploitationForms[0]) : ExploitationList.Labour);
        var page = await LoadAsync(id, ct);

        // A fresh form starts from what the case already records; the screener unticks what the interview does not confirm.
        Indicators = [.. Suggested.Keys];
        return page;
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken ct)
    {
        var attempt = await screenings.PreviewAsync(id, Input, LocalizationSetup.CurrentLanguage, ct);
        if (attempt.Error?.Kind == WriteFailure.NotFound)
        {
            return NotFound();
        }

        Preview = attempt.Value;
        if (attempt.Error is { } error)
        {
            ModelState.AddWriteError(error);
        }

        return await ReloadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var attempt = await screenings.RecordAsync(id, Input, LocalizationSetup.CurrentLanguage, ct);
        if (attempt.Succeeded)
        {
            TempData["Notice"] = "screening";
            return RedirectToPage("/Cases/Details", new { id });
        }

        if (attempt.Error.Kind == WriteFailure.NotFound)
        {
            return NotFound();
        }

        ModelState.AddWriteError(attempt.Error);
        return await ReloadAsync(id, ct);
    }

    private ScreeningInput Input => new(Exploitation, Indicators, AgeDisputed, Notes);

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken ct)
    {
        if (await registry.ViewAsync(id, ct, Domain.Access.CaseOperation.Update) is not { } view)
        {
            return NotFound();
        }

        Case = view;
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct)
    {
        // A panel member sees the case but may not screen it: the same 404 as for any case out of reach.
        if (await screenings.PopulationAsync(id, AgeDisputed, ct) is not { } population)
        {
            return NotFound();
        }

        Population = population;
        var list = ApiEnum.TryParse<ExploitationList>(Exploitation, out var parsed) ? parsed : ExploitationList.Labour;
        List = (await catalogues.CurrentAsync(ct)).For(Population.Population, list);
        Suggested = ControlMethodIndicators.Suggested(List, Case.MethodsOfControl);
        return Page();
    }
}
