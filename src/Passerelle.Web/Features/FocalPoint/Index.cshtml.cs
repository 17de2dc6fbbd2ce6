using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.FocalPoint;

/// <summary>
/// The Focal Point's enquiries (open, overdue, answered), the form to log a new one, and the missing-child episodes
/// of every agency (each report alerts the Focal Point).
/// </summary>
[Authorize(Policy = Policies.FocalPoint)]
public sealed class IndexModel(FocalPointService service, MissingChildren missingChildren) : PageModel
{
    /// <summary>The page lists at most this many enquiries (the API pages through all of them).</summary>
    public const int MaxShown = 500;

    public IReadOnlyList<EnquiryView> Enquiries { get; private set; } = [];

    public IReadOnlyList<MissingChildView> MissingEpisodes { get; private set; } = [];

    public Dictionary<string, string[]> Errors => ModelState.FieldErrors();

    [BindProperty(SupportsGet = true)] public string? Filter { get; set; }

    /// <summary><c>all</c> to list found and closed episodes too; otherwise those still missing.</summary>
    [BindProperty(SupportsGet = true)] public string? Missing { get; set; }

    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? Authority { get; set; }
    [BindProperty] public DateOnly? ReceivedOn { get; set; }
    [BindProperty] public DateOnly? RequestedBy { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? LinkedCase { get; set; }

    public EnquiryFilter Current => ApiEnum.TryParse<EnquiryFilter>(Filter, out var parsed) ? parsed : EnquiryFilter.Open;

    public MissingChildrenFilter CurrentMissing => ApiEnum.TryParse<MissingChildrenFilter>(Missing, out var parsed) ? parsed : MissingChildrenFilter.Open;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await Write.Run(async () => (EnquiryView?)await service.ReceiveAsync(new EnquiryInput(Country, Authority, ReceivedOn, Subject, LinkedCase, RequestedBy), ct));
        if (result.Succeeded)
        {
            TempData["Notice"] = "received";
            return RedirectToPage("Details", new { id = result.Value.Id });
        }

        ModelState.AddWriteError(result.Error);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Enquiries = (await service.ListAsync(Current, Paging.First(MaxShown), ct)).Items;
        MissingEpisodes = (await missingChildren.ListAsync(CurrentMissing, Paging.First(MissingChildren.MaxShown), ct)).Items;
    }
}
