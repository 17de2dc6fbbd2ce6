using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

[Authorize(Policy = Policies.CasesRead)]
public sealed class DetailsModel(
    CaseRegistry registry, Screenings.ScreeningService screenings, Identification.IdentificationService identification, Linkage.LinkageService linkage,
    Audit.AuditTrail audit, Timeline.TimelineService timeline, Notes.NotesService notes, Attachments.AttachmentsService attachments,
    Documents.CaseDocuments documents, DataProtection.DataRequestService dataRequests, Platform.Persistence.PasserelleDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Events shown per page of the case's story.</summary>
    public const int StoryPageSize = 20;

    public Platform.Http.PagedList<Timeline.TimelineEvent>? Story { get; private set; }

    public IReadOnlyList<Attachments.AttachmentView> Documents { get; private set; } = [];

    /// <summary>The size limit of a document, in megabytes, for the upload form's hint.</summary>
    public string MaxDocumentMegaBytes => Attachments.AttachmentsApi.MegaBytes(attachments.MaxBytes);

    [BindProperty] public string? NoteText { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)] public int StoryPage { get; set; } = 1;

    public async Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct)
    {
        var result = await notes.AddAsync(id, new Notes.NoteInput(NoteText), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "note";
            return RedirectToPage(null, null, new { id }, "story");
        }

        if (this.Refused(result.Error) is { } refused)
        {
            return refused;
        }

        return await OnGetAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAttachmentAsync(Guid id, CancellationToken ct)
    {
        WriteError? error = null;
        if (Upload is null)
        {
            error = WriteError.Invalid("file", ProblemTexts.AttachmentMissing);
        }
        else if (Upload.Length > attachments.MaxBytes)
        {
            error = WriteError.Invalid("file", ProblemTexts.AttachmentTooLarge);
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            var result = await attachments.AddAsync(id, Upload.FileName, buffer.ToArray(), ct);
            if (result.Succeeded)
            {
                TempData["Notice"] = "attachment";
                return RedirectToPage(null, null, new { id }, "documents");
            }

            error = result.Error;
        }

        if (this.Refused(error) is { } refused)
        {
            return refused;
        }

        return await OnGetAsync(id, ct);
    }

    /// <summary>Opens a document of the case (the holding agency; audited).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        var result = await attachments.OpenAsync(id, attachmentId, ct);
        if (!result.Succeeded)
        {
            return result.Error.Kind == WriteFailure.Forbidden ? Forbid() : NotFound();
        }

        return File(result.Value.Bytes, result.Value.ContentType, result.Value.FileName);
    }

    /// <summary>A printable document of the case: <c>summary</c>, <c>rights-fr</c>, <c>rights-en</c> or <c>attestation</c>.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, string? kind, CancellationToken ct)
    {
        var file = kind switch
        {
            "summary" => await documents.SummaryAsync(id, ct),
            "rights-fr" => await documents.RightsSheetAsync(id, Domain.Texts.Language.French, ct),
            "rights-en" => await documents.RightsSheetAsync(id, Domain.Texts.Language.English, ct),
            "attestation" => (await documents.AttestationAsync(id, ct)) is { Succeeded: true } attestation ? attestation.Value : null,
            _ => null,
        };
        return file is null ? NotFound() : File(file.Bytes, "application/pdf", file.FileName);
    }
    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<Screenings.ScreeningView> Screenings { get; private set; } = [];

    public IReadOnlyList<Identification.IdentificationStepView> Identification { get; private set; } = [];

    public bool RecordedElsewhere { get; private set; }

    /// <summary>When the child was reported missing, if an episode is still open ("reported"): the first alert of the page.</summary>
    public DateTimeOffset? MissingSince { get; private set; }

    /// <summary>The case's deadlines not met and past their due date (Paris date).</summary>
    public int OverdueDeadlines { get; private set; }

    /// <summary>The person's data-subject requests not yet answered, and how many of them are past their due date (GDPR art. 12(3)); holding agency only.</summary>
    public (int Open, int Overdue) DataRequests { get; private set; }

    public IReadOnlyList<Identification.PanelMemberView> Eligible { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors => ModelState.FieldErrors();

    [BindProperty] public List<Guid> Panel { get; set; } = [];

    [BindProperty] public string? NewInformation { get; set; }

    [BindProperty] public string? Stage { get; set; }

    public async Task<IActionResult> OnPostRequestAsync(Guid id, CancellationToken ct)
    {
        var stage = Platform.Http.ApiEnum.TryParse<Web.Features.Identification.IdentificationStage>(Stage, out var parsed) ? parsed : Web.Features.Identification.IdentificationStage.Rg;
        var result = await identification.RequestAsync(id, stage, new Identification.IdentificationRequest(Panel, NewInformation), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "identification";
            return RedirectToPage(new { id });
        }

        ModelState.AddWriteError(result.Error);
        return await OnGetAsync(id, ct);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // One audit entry for the whole page, sections and view components included.
        audit.GatherCaseView(id, Response);
        var view = await registry.ViewAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        Case = view;
        Screenings = (await screenings.ListAsync(id, Platform.Localization.LocalizationSetup.CurrentLanguage, Platform.Http.Paging.All, ct))?.Items ?? [];
        Identification = (await identification.HistoryAsync(id, Platform.Http.Paging.All, ct))?.Items ?? [];
        Eligible = await identification.EligibleMembersAsync(ct);
        RecordedElsewhere = (await linkage.ForCaseAsync(id, ct))?.RecordedElsewhere ?? false;
        Story = await timeline.PageAsync(id, Platform.Http.Paging.Of(Math.Max(1, StoryPage), StoryPageSize), ct);
        Documents = (await attachments.ListAsync(id, Platform.Http.Paging.All, ct))?.Items ?? [];

        // The case was found visible above: its alerts are read by its id.
        var missing = await db.MissingEpisodes.AsNoTracking()
            .Where(e => e.CaseId == id && e.Status == Domain.Children.MissingEpisodeStatus.Reported).Select(e => e.ReportedAt).ToListAsync(ct);
        MissingSince = missing.Count == 0 ? null : missing.Min();
        var today = Domain.Time.LegalToday.Today(clock);
        OverdueDeadlines = await db.CaseDeadlines.AsNoTracking().CountAsync(d => d.CaseId == id && d.MetOn == null && d.DueOn < today, ct);
        DataRequests = view.IdentityVisible ? await dataRequests.OpenCountsAsync(id, ct) : (0, 0);
        return Page();
    }
}
