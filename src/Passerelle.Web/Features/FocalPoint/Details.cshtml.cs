using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.FocalPoint;

/// <summary>One enquiry, with the form to record its answer.</summary>
[Authorize(Policy = Policies.FocalPoint)]
public sealed class DetailsModel(FocalPointService service) : PageModel
{
    public EnquiryView Enquiry { get; private set; } = null!;

    public Dictionary<string, string[]> Errors => ModelState.FieldErrors();

    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public DateOnly? AnsweredOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } enquiry)
        {
            return NotFound();
        }

        Enquiry = enquiry;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await Write.Run(() => service.AnswerAsync(id, new AnswerInput(Answer, AnsweredOn), ct));
        if (result.Succeeded)
        {
            TempData["Notice"] = "answered";
            return RedirectToPage(new { id });
        }

        if (result.Error.Kind == WriteFailure.NotFound)
        {
            return NotFound();
        }

        ModelState.AddWriteError(result.Error);
        return await OnGetAsync(id, ct);
    }
}
