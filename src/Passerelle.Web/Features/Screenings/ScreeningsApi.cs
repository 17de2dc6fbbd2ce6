using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Screening;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Screenings;

public static class ScreeningsApi
{
    public static RouteGroupBuilder MapScreeningsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/indicators", Indicators).WithTags("Screening")
            .WithSummary("The current indicator list for a population (adult|child) and an exploitation list (labour|sexual).");
        api.MapGet("/indicators/catalogue", async (CatalogueStore store, CancellationToken ct) =>
                Results.Text((await store.CurrentAsync(ct)).ToJson(), "application/json"))
            .WithTags("Screening").WithSummary("The whole current catalogue as published JSON.");
        api.MapPost("/indicators/catalogue", Publish).WithTags("Screening").RequireAuthorization(Policies.Coordination)
            .WithSummary("Publish a new catalogue version (coordinators). The JSON is validated; a version is never overwritten.")
            .Accepts<JsonElement>("application/json");

        var screenings = api.MapGroup("/cases/{id:guid}/screenings").WithTags("Screening");
        screenings.MapPost("/", Record).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Screen a case with the common indicators: verdict, dimensions and explanation.");
        screenings.MapGet("/", List).RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's screenings, newest first, each explained with the catalogue version it used.");
        return api;
    }

    private static async Task<Results<Ok<IndicatorListView>, ValidationProblem>> Indicators(
        CatalogueStore store, CancellationToken ct, string? population = null, string? exploitation = null)
    {
        var errors = new Dictionary<string, string[]>();
        var parsedPopulation = ApiEnum.Parse<Population>(population, "population", errors);
        var parsedList = ApiEnum.Parse<ExploitationList>(exploitation, "exploitation", errors);
        if (parsedPopulation is null && !errors.ContainsKey("population"))
        {
            errors["population"] = ["Required: adult or child."];
        }

        if (parsedList is null && !errors.ContainsKey("exploitation"))
        {
            errors["exploitation"] = ["Required: labour or sexual."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var catalogue = await store.CurrentAsync(ct);
        var list = catalogue.For(parsedPopulation!.Value, parsedList!.Value);
        var language = LocalizationSetup.CurrentLanguage;
        return TypedResults.Ok(new IndicatorListView(catalogue.Version, list.Population, list.Exploitation, catalogue.Provisional,
            list.Indicators.Select(i => new IndicatorView(i.Code, i.Dimension, i.Strength, i.Text.In(language), i.Provisional)).ToList()));
    }

    private static async Task<Results<Created<IndicatorListSummary>, ProblemHttpResult>> Publish(
        HttpRequest request, CatalogueStore store, AuditTrail audit, CurrentUser user, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        IndicatorCatalogue? published = null;
        IReadOnlyList<string> errors = [];
        await audit.CommitAsync(async token =>
        {
            (published, errors) = await store.PublishAsync(json, user.Id, token);
            if (published is not null)
            {
                audit.Record(AuditEventType.CataloguePublished, details: $"version={published.Version}");
            }
        }, ct);
        if (published is null)
        {
            return ApiAnswers.Problem(WriteError.Invalid(new Dictionary<string, string[]> { ["catalogue"] = [.. errors] }, "catalogue.invalid"));
        }

        return TypedResults.Created("/api/v1/indicators/catalogue", new IndicatorListSummary(published.Version, published.Indicators.Count, published.Provisional));
    }

    private static async Task<Results<Created<ScreeningView>, ProblemHttpResult>> Record(
        Guid id, ScreeningInput input, ScreeningService service, CancellationToken ct) =>
        ApiAnswers.Created(await service.RecordAsync(id, input, LocalizationSetup.CurrentLanguage, ct), view => $"/api/v1/cases/{id}/screenings/{view.Id}");

    private static async Task<Results<Ok<PagedList<ScreeningView>>, NotFound>> List(Guid id, Paging paging, ScreeningService service, CancellationToken ct) =>
        await service.ListAsync(id, LocalizationSetup.CurrentLanguage, paging, ct) is { } views ? TypedResults.Ok(views) : TypedResults.NotFound();

    public sealed record IndicatorListSummary(string Version, int Indicators, bool Provisional);
}
