using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.DataProtection;

/// <summary>
/// The person's data-protection rights on one case, for the holding agency: what is held and how to answer a
/// request of access (GDPR art. 15) with the JSON or the PDF export — the same service and audit as the API.
/// Another agency gets 404, as for a case out of its scope.
/// </summary>
[Authorize(Policy = Policies.CasesWrite)]
public sealed class IndexModel(PersonalDataService service, PersonalDataDocument document, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : PageModel
{
    public Guid CaseId { get; private set; }
    public string Reference { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await service.ExportableAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        CaseId = id;
        Reference = found.Reference;
        return Page();
    }

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
}
