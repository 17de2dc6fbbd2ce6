using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Qualification;
using Passerelle.Web.Platform.Localization;
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

    private static async Task<Results<Created<QualificationView>, NotFound, ValidationProblem>> Record(
        Guid id, QualificationFacts facts, QualificationService service, CancellationToken ct)
    {
        var errors = QualificationRules.Validate(facts);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // An advice on no facts at all says nothing: it is not stored with the case.
        if (facts.Acts.Count == 0 && facts.Means.Count == 0 && facts.Purposes.Count == 0 && facts.Aggravating.Count == 0
            && facts.Charged.Count == 0 && facts.CompelledOffences.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["acts"] = ["Give at least one fact (an act, a means, a purpose, a circumstance or a charge) to record an advice."],
            });
        }

        return await service.RecordAsync(id, facts, LocalizationSetup.CurrentLanguage, ct) is { } view
            ? TypedResults.Created($"/api/v1/cases/{id}/qualification", view)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<IReadOnlyList<QualificationView>>, NotFound>> List(Guid id, QualificationService service, CancellationToken ct) =>
        await service.ListAsync(id, LocalizationSetup.CurrentLanguage, ct) is { } views ? TypedResults.Ok(views) : TypedResults.NotFound();
}
