using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Agencies;

/// <summary>Body of <c>PUT /agencies/{id}</c>; the version read goes in <c>If-Match</c>.</summary>
public sealed record AgencyUpdate(string? Name, Domain.Agencies.AgencyType? Type, string? Departement, bool? IsActive);

public static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        var agencies = api.MapGroup("/agencies").WithTags("Administration").RequireAuthorization(Policies.Administration);
        agencies.MapGet("/", async (AgencyDirectory directory, Paging paging, CancellationToken ct) => TypedResults.Ok(await directory.ListAsync(paging, ct)))
            .WithSummary("All agencies (administrators).");
        agencies.MapPost("/", Create).WithSummary("Create an agency.");
        agencies.MapPut("/{id:guid}", Update).WithSummary("Edit an agency. Requires If-Match with the ETag you read (412 when stale, 428 when missing).");
        return api;
    }

    private static async Task<Results<Created<AgencyView>, ProblemHttpResult>> Create(
        AgencyInput input, AgencyDirectory directory, HttpResponse response, CancellationToken ct) =>
        ApiAnswers.Created(await directory.CreateAsync(input, ct), agency => $"/api/v1/agencies/{agency.Id}", response, agency => agency.Version);

    private static async Task<Results<Ok<AgencyView>, ProblemHttpResult>> Update(
        Guid id, AgencyUpdate update, IfMatch ifMatch, AgencyDirectory directory, HttpResponse response, CancellationToken ct)
    {
        var input = new AgencyInput(update.Name, update.Type, update.Departement, update.IsActive);
        return ApiAnswers.Ok(await directory.UpdateAsync(id, input, ifMatch, ct), response, view => view.Version);
    }
}
