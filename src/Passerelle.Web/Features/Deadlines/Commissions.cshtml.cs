using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>The exit-pathway commission calendar of a département, edited by administrators and the coordinator.</summary>
public sealed class CommissionsModel(CommissionService service, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Departement { get; set; }
    [BindProperty] public string? Sessions { get; set; }

    public CommissionCalendarView? Calendar { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!CommissionService.MayConfigure(me))
        {
            return Forbid();
        }

        if (!string.IsNullOrWhiteSpace(Departement))
        {
            Errors = CommissionService.Validate(Departement, new CommissionCalendarInput([]));
            if (Errors.Count == 0)
            {
                Calendar = await service.ViewAsync(Departement, ct);
                Sessions = Calendar.Configured ? string.Join("\n", Calendar.Sessions.Select(Iso)) : "";
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CommissionService.MayConfigure(me))
        {
            return Forbid();
        }

        var dates = new List<DateOnly>();
        var lines = (Sessions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            if (DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                Error = "Write one date per line as yyyy-MM-dd.";
            }
        }

        if (Error is not null)
        {
            return Page();
        }

        var result = await service.ReplaceAsync(Departement ?? "", new CommissionCalendarInput(dates), ct);
        if (!result.Succeeded)
        {
            if (this.Refused(result.Error) is { } refused)
            {
                return refused;
            }

            Errors = new(result.Error.Messages());
            return Page();
        }

        TempData["Notice"] = "commissions";
        return RedirectToPage(new { departement = Departement });
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
