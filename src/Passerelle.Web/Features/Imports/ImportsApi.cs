using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Imports;

public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization(Policies.CasesWrite);
        imports.MapPost("/", StartAsync).DisableAntiforgery()
            .WithSummary("Import cases from IOM's HTCDS Excel template or CSV, or Passerelle's HTCDS export, into your agency (multipart: file, dryRun, defaultDepartement, defaultDetectedOn). 202 with the import's id.");
        imports.MapGet("/{id:guid}", GetAsync)
            .WithSummary("An import's progress: status, rows done, cases created and skipped, and every row error in your language.");
        return api;
    }

    private static async Task<Results<Accepted<ImportStarted>, ValidationProblem>> StartAsync(
        IFormFile? file, [FromForm] bool? dryRun, [FromForm] string? defaultDepartement, [FromForm] string? defaultDetectedOn, ImportService imports, CancellationToken ct)
    {
        var (id, errors) = await imports.StartAsync(file, dryRun ?? false, defaultDepartement, defaultDetectedOn, ct);
        return id is { } started
            ? TypedResults.Accepted($"/api/v1/imports/{started}", new ImportStarted(started))
            : TypedResults.ValidationProblem(errors);
    }

    private static async Task<Results<Ok<ImportView>, NotFound>> GetAsync(Guid id, ImportService imports, CancellationToken ct) =>
        await imports.ViewAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}

public sealed record ImportStarted(Guid Id);
