using Microsoft.AspNetCore.Http.HttpResults;
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

    /// <summary>
    /// Reads the multipart form itself rather than binding it: a bound form would make the route match only form
    /// bodies, so a refused user posting anything else would not meet the authorization (403) first.
    /// </summary>
    private static async Task<Results<Accepted<ImportStarted>, ValidationProblem>> StartAsync(HttpRequest request, ImportService imports, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var dryRun = form is not null && bool.TryParse(form["dryRun"].ToString(), out var dry) && dry;
        var (id, errors) = await imports.StartAsync(
            form?.Files.GetFile("file"), dryRun, form?["defaultDepartement"].ToString(), form?["defaultDetectedOn"].ToString(), ct);
        return id is { } started
            ? TypedResults.Accepted($"/api/v1/imports/{started}", new ImportStarted(started))
            : TypedResults.ValidationProblem(errors);
    }

    private static async Task<Results<Ok<ImportView>, NotFound>> GetAsync(Guid id, ImportService imports, CancellationToken ct) =>
        await imports.ViewAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}

public sealed record ImportStarted(Guid Id);
