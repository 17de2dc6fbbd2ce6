using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

[Authorize(Policy = Policies.CasesRead)]
public sealed class IndexModel(CaseRegistry registry) : PageModel
{
    public string? Q { get; private set; }
    public string? Status { get; private set; }
    public string? Form { get; private set; }
    public string? Departement { get; private set; }
    public PagedList<CaseSummary> Result { get; private set; } = new([], 1, CaseQuery.DefaultPageSize, 0);
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Result.Total / (double)Result.PageSize));

    public async Task OnGetAsync(string? q, string? status, string? form, string? departement, int page = 1, CancellationToken ct = default)
    {
        (Q, Status, Form, Departement) = (q, status, form, departement);
        var query = new CaseQuery(q,
            ApiEnum.TryParse<CaseStatus>(status, out var parsedStatus) ? parsedStatus : null,
            ApiEnum.TryParse<ExploitationForm>(form, out var parsedForm) ? parsedForm : null,
            departement, Math.Max(1, page), CaseQuery.DefaultPageSize);
        Result = await registry.SearchAsync(query, ct);
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["status"] = Status,
        ["form"] = Form,
        ["departement"] = Departement,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
}
