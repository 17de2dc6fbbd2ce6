using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Features.Docs;

/// <summary>
/// The API reference, rendered on the server from the same endpoint metadata as <c>/openapi/v1.json</c>: no
/// third-party script, so it works offline and under the strict content security policy.
/// </summary>
public sealed class ApiModel(IApiDescriptionGroupCollectionProvider explorer) : PageModel
{
    public sealed record Endpoint(string Method, string Route, string? Summary, IReadOnlyList<string> Parameters, IReadOnlyList<int> Responses);

    public IReadOnlyList<IGrouping<string, Endpoint>> Groups { get; private set; } = [];

    public void OnGet()
    {
        Groups = explorer.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            .Select(d => new Endpoint(
                d.HttpMethod ?? "GET",
                "/" + d.RelativePath,
                d.ActionDescriptor.EndpointMetadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary,
                d.ParameterDescriptions
                    .Where(p => p.Source.Id is "Query" or "Path" or "Body")
                    .Select(p => $"{p.Name} ({p.Source.DisplayName.ToLowerInvariant()}{(p.IsRequired ? ", required" : "")})")
                    .ToList(),
                d.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order().ToList()))
            .GroupBy(e => Tag(e.Route))
            .OrderBy(g => g.Key)
            .ToList();
    }

    private static string Tag(string route) => route.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) ?? "api";
}
