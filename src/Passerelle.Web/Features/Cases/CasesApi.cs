using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapGet("/", List).RequireAuthorization(Policies.CasesRead)
            .PageSize(CaseQuery.DefaultPageSize, CaseQuery.MaxPageSize)
            .WithSummary("List, search and filter the cases you may see (paged).");
        cases.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.CasesRead)
            .WithSummary("One case, with an ETag. Identifying fields only for the holding agency.");
        cases.MapPost("/", Create).RequireAuthorization(Policies.CasesWrite).RequireRateLimiting(RateLimits.CaseCreation)
            .WithSummary("Register a presumed victim in your agency.");
        cases.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Replace a case's facts. Requires If-Match with the current ETag (412 when stale).");
        return api;
    }

    private static async Task<Results<Ok<PagedList<CaseSummary>>, ValidationProblem>> List(
        CaseRegistry registry, Paging paging, CancellationToken ct, string? q = null, string? status = null, string? form = null, string? departement = null)
    {
        var errors = new Dictionary<string, string[]>();
        var parsedStatus = ApiEnum.Parse<CaseStatus>(status, "status", errors);
        var parsedForm = ApiEnum.Parse<ExploitationForm>(form, "form", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await registry.SearchAsync(new CaseQuery(q, parsedStatus, parsedForm, departement, paging.Page, paging.Size), ct));
    }

    private static async Task<Results<Ok<CaseView>, NotFound>> Get(Guid id, CaseRegistry registry, HttpResponse response, CancellationToken ct)
    {
        var view = await registry.ViewAsync(id, ct);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        IfMatch.SetETag(response, view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> Create(CaseInput input, CaseRegistry registry, HttpResponse response, CancellationToken ct)
    {
        var (facts, errors) = Validate(input, registry.Today);
        if (facts is null)
        {
            return ApiAnswers.Problem(WriteError.Invalid(errors, "case.invalid"));
        }

        return ApiAnswers.Created(Write.Created(await registry.RegisterAsync(facts, ct)), view => $"/api/v1/cases/{view.Id}", response, view => view.Version);
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Update(
        Guid id, CaseInput input, IfMatch ifMatch, CaseRegistry registry, HttpResponse response, CancellationToken ct)
    {
        var (facts, errors) = Validate(input, registry.Today);
        if (facts is null)
        {
            return ApiAnswers.Problem(WriteError.Invalid(errors, "case.invalid"));
        }

        return ApiAnswers.Ok(await registry.UpdateAsync(id, facts, ifMatch, ct), response, view => view.Version);
    }

    private static (CaseFacts? Facts, Dictionary<string, string[]> Errors) Validate(CaseInput input, DateOnly today)
    {
        var (facts, errors) = input.ToFacts();
        if (facts is null)
        {
            return (null, errors);
        }

        var ruleErrors = CaseRules.Validate(facts, today);
        return ruleErrors.Count == 0 ? (facts, errors) : (null, ruleErrors.ToDictionary());
    }
}
