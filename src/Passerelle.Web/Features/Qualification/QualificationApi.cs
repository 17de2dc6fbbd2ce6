using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Qualification;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Qualification;

public static class QualificationApi
{
    public static RouteGroupBuilder MapQualificationApi(this RouteGroupBuilder api)
    {
        api.MapPost("/qualification", Advise).WithTags("Qualification")
            .WithSummary("Legal-qualification advice on facts (stateless, for training and prosecutors): elements met or missing, penalty, warnings.");
        api.MapPost("/cases/{id:guid}/qualification", Record).WithTags("Qualification").RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Qualification advice stored with the case.");
        api.MapGet("/cases/{id:guid}/qualification", List).WithTags("Qualification").RequireAuthorization(Policies.CasesRead)
            .WithSummary("The advices stored with the case, newest first (holding agency only; empty for the coordinator).");
        return api;
    }

    private static Results<Ok<QualificationView>, ValidationProblem> Advise(QualificationFacts facts)
    {
        var errors = QualificationRules.Validate(facts);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(QualificationView.Of(facts, LocalizationSetup.CurrentLanguage));
    }

    private static async Task<Results<Created<QualificationView>, ProblemHttpResult>> Record(
        Guid id, QualificationFacts facts, QualificationService service, CancellationToken ct) =>
        ApiAnswers.Created(await service.RecordAsync(id, facts, LocalizationSetup.CurrentLanguage, ct), _ => $"/api/v1/cases/{id}/qualification");

    private static async Task<Results<Ok<PagedList<QualificationView>>, NotFound>> List(Guid id, Paging paging, QualificationService service, CancellationToken ct) =>
        await service.ListAsync(id, LocalizationSetup.CurrentLanguage, paging, ct) is { } views ? TypedResults.Ok(views) : TypedResults.NotFound();
}
