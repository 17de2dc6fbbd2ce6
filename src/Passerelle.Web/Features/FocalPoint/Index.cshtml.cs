using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.FocalPoint;

/// <summary>The Focal Point's enquiries (open, overdue, answered) and the form to log a new one.</summary>
[Authorize(Policy = Policies.FocalPoint)]
public sealed class IndexModel(FocalPointService service) : PageModel
{
    public IReadOnlyList<EnquiryView> Enquiries { get; private set; } = [];

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Filter { get; set; }

    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? Authority { get; set; }
    [BindProperty] public DateOnly? ReceivedOn { get; set; }
    [BindProperty] public DateOnly? RequestedBy { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? LinkedCase { get; set; }

    public EnquiryFilter Current => ApiEnum.TryParse<EnquiryFilter>(Filter, out var parsed) ? parsed : EnquiryFilter.Open;

    public async Task OnGetAsync(CancellationToken ct) => Enquiries = await service.ListAsync(Current, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        EnquiryView? created = null;
        (_, Errors) = await DomainRuleResults.TryAsync(async () =>
            created = await service.ReceiveAsync(new EnquiryInput(Country, Authority, ReceivedOn, Subject, LinkedCase, RequestedBy), ct));
        if (created is not null)
        {
            return RedirectToPage("Details", new { id = created.Id });
        }

        Enquiries = await service.ListAsync(Current, ct);
        return Page();
    }
}
