using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Children;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Children;

/// <summary>
/// The forms of the case page's child protection section post here: on success back to the case, otherwise the
/// section again with the errors next to the fields.
/// </summary>
[Authorize(Policy = Policies.CasesWrite)]
public sealed class IndexModel(ChildProtectionService service, PasserelleDbContext db, CurrentUser user) : PageModel
{
    public ChildProtectionSectionModel Section { get; private set; } = null!;

    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public GuardianKind? GuardianKind { get; set; }
    [BindProperty] public string? GuardianName { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public AgeAssessmentMethod? Method { get; set; }
    [BindProperty] public AgeAssessmentResult? Result { get; set; }
    [BindProperty] public string? AssessedBy { get; set; }
    [BindProperty] public string? Participants { get; set; }
    [BindProperty] public string? Conclusion { get; set; }
    [BindProperty] public DurableSolutionType? SolutionType { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? LastSeenAt { get; set; }
    [BindProperty] public string? ReportedBy { get; set; }
    [BindProperty] public Guid EpisodeId { get; set; }
    [BindProperty] public string? Where { get; set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>The record's version the form was drawn from: a change made meanwhile answers "changed since you read it".</summary>
    [BindProperty] public int Version { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, new Dictionary<string, string[]>(), null, ct);

    public Task<IActionResult> OnPostLeadAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "lead", () => service.SetLeadAgencyAsync(id, new LeadAgencyInput(AgencyId), IfMatch.FromForm(Version), ct), ct);

    public Task<IActionResult> OnPostGuardianAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "guardian", () => service.AppointGuardianAsync(id, new GuardianInput(GuardianKind, GuardianName, On), IfMatch.FromForm(Version), ct), ct);

    public Task<IActionResult> OnPostAssessmentAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "assessment", () => service.AddAgeAssessmentAsync(id, new AgeAssessmentInput(On, Method, Result, AssessedBy), ct), ct);

    public Task<IActionResult> OnPostBestInterestsAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "best-interests", () => service.AddBestInterestsAsync(id, new BestInterestsInput(On,
            [.. (Participants ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], Conclusion), ct), ct);

    public Task<IActionResult> OnPostSolutionAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "solution", () => service.RecordDurableSolutionAsync(id, new DurableSolutionInput(SolutionType, On, Country), IfMatch.FromForm(Version), ct), ct);

    public Task<IActionResult> OnPostMissingAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "missing", () => service.ReportMissingAsync(id, new MissingReportInput(null, LastSeenAt, ReportedBy), ct), ct);

    public Task<IActionResult> OnPostFoundAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "episode", () => service.MarkFoundAsync(id, EpisodeId, new MissingUpdateInput(null, Where, null), ct), ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "episode", () => service.CloseAsync(id, EpisodeId, new MissingUpdateInput(null, null, Reason), ct), ct);

    private async Task<IActionResult> RunAsync(Guid id, string form, Func<Task<WriteResult<ChildProtectionView>>> change, CancellationToken ct)
    {
        var result = await change();
        if (result.Succeeded)
        {
            TempData["Notice"] = form == "missing" ? "missing" : "child-protection";
            return Redirect($"/Cases/Details/{id}#child-protection");
        }

        if (result.Error.Kind == WriteFailure.NotFound)
        {
            return NotFound();
        }

        ModelState.AddWriteError(result.Error);
        return await ShowAsync(id, ModelState.FieldErrors(), form, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, IReadOnlyDictionary<string, string[]> errors, string? form, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } view)
        {
            return NotFound();
        }

        Section = await ChildProtectionSectionViewComponent.ModelAsync(db, user, view, errors, form, ct);
        return Page();
    }
}
