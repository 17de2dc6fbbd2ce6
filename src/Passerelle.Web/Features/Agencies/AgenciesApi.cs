using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Agencies;

public sealed record AgencyUpdate(string? Name, Domain.Agencies.AgencyType? Type, string? Departement, bool? IsActive, int Version);

public static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        var agencies = api.MapGroup("/agencies").WithTags("Administration").RequireAuthorization(Policies.Administration);
        agencies.MapGet("/", async (AgencyDirectory directory, CancellationToken ct) => TypedResults.Ok(await directory.ListAsync(ct)))
            .WithSummary("All agencies (administrators).");
        agencies.MapPost("/", Create).WithSummary("Create an agency.");
        agencies.MapPut("/{id:guid}", Update).WithSummary("Edit an agency; send the version you read (409 when stale).");
        return api;
    }

    private static async Task<Results<Created<AgencyView>, ValidationProblem>> Create(AgencyInput input, AgencyDirectory directory, CancellationToken ct)
    {
        var errors = await directory.ValidateAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var agency = await directory.CreateAsync(input, ct);
        return TypedResults.Created($"/api/v1/agencies/{agency.Id}", (await directory.FindAsync(agency.Id, ct))!);
    }

    private static async Task<Results<Ok<AgencyView>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, AgencyUpdate update, AgencyDirectory directory, CancellationToken ct)
    {
        var input = new AgencyInput(update.Name, update.Type, update.Departement, update.IsActive);
        var errors = await directory.ValidateAsync(input, id, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await directory.UpdateAsync(id, input, update.Version, ct) switch
        {
            null => TypedResults.NotFound(),
            false => TypedResults.Problem(statusCode: 409, title: "Stale version", detail: "The agency changed since you read it."),
            true => TypedResults.Ok((await directory.FindAsync(id, ct))!),
        };
    }
}
