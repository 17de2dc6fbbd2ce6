using Passerelle.Domain.Cases;

namespace Passerelle.Web.Features.Cases;

/// <summary>Search, filters and paging of the case list, shared by the page and the API.</summary>
public sealed record CaseQuery(string? Text, CaseStatus? Status, ExploitationForm? Form, string? Departement, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
