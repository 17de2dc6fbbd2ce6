using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>The deadlines dashboard: overdue and due this week, for the user's agency or nationally for the coordinator.</summary>
[Authorize(Policy = Policies.CasesRead)]
public sealed class IndexModel(DeadlineBoard board, CurrentUser me) : PageModel
{
    public IReadOnlyList<DeadlineView> Overdue { get; private set; } = [];
    public IReadOnlyList<DeadlineView> Week { get; private set; } = [];
    public bool National => DeadlineBoard.IsNational(me);
    public bool CanConfigureCommissions => CommissionService.MayConfigure(me);
    public DateOnly Today => board.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Overdue = (await board.DueAsync(DueFilter.Overdue, Paging.All, ct)).Items;
        Week = (await board.DueAsync(DueFilter.Week, Paging.All, ct)).Items;
    }
}
