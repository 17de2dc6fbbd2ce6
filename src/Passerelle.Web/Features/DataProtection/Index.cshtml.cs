using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Passerelle.Domain.DataRequests;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.DataProtection;

/// <summary>
/// The person's data-protection rights on one case, for the holding agency: what is held and how to answer a
/// request of access (GDPR art. 15) with the JSON or the PDF export, and the register of the person's requests
/// (<see cref="DataRequestService"/>: record, extend, answer) — the same services and audit as the API.
/// Another agency gets 404, as for a case out of its scope.
/// </summary>
[Authorize(Policy = Policies.CasesWrite)]
public sealed class IndexModel(PersonalDataService service, PersonalDataDocument document, DataRequestService requests, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : PageModel
{
    /// <summary>The key of the new-request form's errors in <see cref="Errors"/>; an existing request's forms use its id.</summary>
    public const string RecordForm = "record";

    public Guid CaseId { get; private set; }
    public string Reference { get; private set; } = "";
    public IReadOnlyList<DataRequestView> Requests { get; private set; } = [];

    /// <summary>The fields a rectification may name, for the decision form.</summary>
    public static IReadOnlyList<string> RectifiableFields { get; } = [.. DataRequestService.RectifiableFields.Order(StringComparer.Ordinal)];

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateOnly? ReceivedOn { get; set; }
    [BindProperty] public string? IdentityCheck { get; set; }
    [BindProperty] public string? RequestText { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateOnly? Until { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Ground { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [BindProperty] public List<string>? RectifiedFields { get; set; }

    /// <summary>Which form the errors belong to (<see cref="RecordForm"/> or a request's id) and the errors by field.</summary>
    public string? ErrorsOf { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, string? format, CancellationToken ct)
    {
        if (format is not ("json" or "pdf"))
        {
            return BadRequest();
        }

        if (await service.ExportAsync(id, Response, ct) is not { } export)
        {
            return NotFound();
        }

        if (format == "pdf")
        {
            var file = document.Render(export);
            return File(file.Bytes, "application/pdf", file.FileName);
        }

        return File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(export, json.Value.SerializerOptions), "application/json", $"{export.Case.Reference}-personal-data.json");
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken ct)
    {
        var kind = ApiEnum.TryParse<DataRequestKind>(Kind, out var k) ? k : (DataRequestKind?)null;
        return await AnswerAsync(id, RecordForm, await requests.RecordAsync(id, new DataRequestInput(kind, ReceivedOn, IdentityCheck, RequestText), ct), "recorded", ct);
    }

    public async Task<IActionResult> OnPostExtendAsync(Guid id, Guid requestId, CancellationToken ct) =>
        await AnswerAsync(id, requestId.ToString(), await requests.ExtendAsync(id, requestId, new DataRequestExtensionInput(Reason, Until), ct), "extended", ct);

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        var outcome = ApiEnum.TryParse<DataRequestOutcome>(Outcome, out var o) ? o : (DataRequestOutcome?)null;
        var ground = ApiEnum.TryParse<RefusalGround>(Ground, out var g) ? g : (RefusalGround?)null;
        var input = new DataRequestDecisionInput(outcome, ground, Explanation, RectifiedFields);
        return await AnswerAsync(id, requestId.ToString(), await requests.DecideAsync(id, requestId, input, ct), "decided", ct);
    }

    private async Task<IActionResult> AnswerAsync(Guid id, string form, WriteResult<DataRequestView> result, string notice, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = notice;

            // A granted erasure leaves no file to show here: the case page says it was erased.
            return Redirect(result.Value.ErasedAt is null ? $"/DataProtection/{id}#data-requests" : $"/Retention/Closure/{id}");
        }

        if (result.Error.Kind is WriteFailure.NotFound or WriteFailure.Forbidden)
        {
            return this.Refused(result.Error)!;
        }

        ErrorsOf = form;
        Errors = result.Error.Messages("form").ToDictionary();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.ExportableAsync(id, ct) is not { } found || await requests.ListAsync(id, Platform.Http.Paging.All, ct) is not { Items: var list })
        {
            return false;
        }

        CaseId = id;
        Reference = found.Reference;
        Requests = list;
        return true;
    }
}
