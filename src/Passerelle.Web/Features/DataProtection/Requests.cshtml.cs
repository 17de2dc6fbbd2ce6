using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.DataProtection;

/// <summary>
/// The administrator's national register of data-subject requests: those due within seven days or overdue first, then
/// the other open ones, by case reference and agency only (<see cref="DataRequestService.NationalAsync"/>, audited).
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class RequestsModel(DataRequestService service) : PageModel
{
    public IReadOnlyList<OpenDataRequestView> Requests { get; private set; } = [];
    public DataRequestFilter Filter { get; private set; } = DataRequestFilter.Due;

    public async Task OnGetAsync(string? status, CancellationToken ct)
    {
        Filter = ApiEnum.TryParse<DataRequestFilter>(status, out var filter) ? filter : DataRequestFilter.Due;
        Requests = (await service.NationalAsync(Filter, Platform.Http.Paging.All, ct)).Items;
    }
}
