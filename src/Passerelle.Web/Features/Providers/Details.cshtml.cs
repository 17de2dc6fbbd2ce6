using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Referrals;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;

namespace Passerelle.Web.Features.Providers;

/// <summary>A provider, its capacity and the history of its reports; its own users report capacity here.</summary>
public sealed class DetailsModel(ProviderDirectory directory) : PageModel
{
    public ProviderView Provider { get; private set; } = null!;

    public IReadOnlyList<CapacityReportView> History { get; private set; } = [];

    public bool CanReport { get; private set; }

    public Dictionary<string, string[]> Errors => ModelState.FieldErrors();

    [BindProperty] public int PlacesTotal { get; set; }
    [BindProperty] public int PlacesOccupied { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        PlacesTotal = Provider.PlacesTotal;
        PlacesOccupied = Provider.PlacesOccupied;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await directory.ReportCapacityAsync(id, new CapacityInput(PlacesTotal, PlacesOccupied), ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = "capacity";
            return RedirectToPage(new { id });
        }

        if (this.Refused(result.Error) is { } refused)
        {
            return refused;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await directory.FindAsync(id, ct) is not { } provider)
        {
            return false;
        }

        Provider = provider;
        History = (await directory.HistoryAsync(id, Paging.All, ct))!.Items;
        CanReport = directory.ActsFor(provider);
        return true;
    }
}
