using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Geography;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Deadlines;

public static class DeadlinesApi
{
    public static RouteGroupBuilder MapDeadlinesApi(this RouteGroupBuilder api)
    {
        var deadlines = api.MapGroup("/deadlines").WithTags("Deadlines");
        api.MapGet("/cases/{id:guid}/deadlines", ForCase).WithTags("Deadlines").RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's deadlines, derived from its facts, with their status today.");
        deadlines.MapGet("/", Due).RequireAuthorization(Policies.CasesRead)
            .WithSummary("Open deadlines overdue or due this week (today and the six days after): the user's agency, or national for the coordinator.");
        deadlines.MapGet("/calculate", Calculate).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The due date of a rule from a date in a département (public holidays, art. 641–642 CPC, CPP art. 801). "
                + "civi-claim-limit: from = the offence date, optional finalDecisionOn (a prosecution's final decision) and victimBirthDate (CPP art. 706-5); "
                + "agrasc-claim-limit: from = the day the decision became final (CPP art. 706-164). For these two the département is optional (national holidays).");
        deadlines.MapPost("/digest", SendDigest).RequireAuthorization(Policies.Coordination)
            .WithSummary("Send the daily deadline digest now (it is also sent once a day at Digest:Hour).");

        var commissions = api.MapGroup("/commissions").WithTags("Deadlines");
        commissions.MapGet("/{departement}", GetCommissions).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The exit-pathway commission sessions of a département (the default quarterly calendar when none is configured).");
        commissions.MapPut("/{departement}", PutCommissions).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Replace a département's commission sessions (administrator, coordinator); an empty list restores the default.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<DeadlineView>>, NotFound>> ForCase(Guid id, Paging paging, DeadlineBoard board, CancellationToken ct) =>
        await board.ForCaseAsync(id, paging, ct) is { } views ? TypedResults.Ok(views) : TypedResults.NotFound();

    private static async Task<Results<Ok<PagedList<DeadlineView>>, ValidationProblem>> Due(string? due, Paging paging, DeadlineBoard board, CancellationToken ct)
    {
        if (!ApiEnum.TryParse<DueFilter>(due, out var filter))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["due"] = ["due is overdue or week."] });
        }

        return TypedResults.Ok(await board.DueAsync(filter, paging, ct));
    }

    private static Results<Ok<CalculationView>, ValidationProblem> Calculate(
        string? rule, string? from, string? departement, string? finalDecisionOn, string? victimBirthDate)
    {
        var result = DeadlineCalculation.Calculate(rule, from, departement, finalDecisionOn, victimBirthDate);
        if (!result.IsValid)
        {
            if (result.Errors.ContainsKey("rule"))
            {
                // An API caller reads the accepted names here; the page offers them in a list instead.
                result.Errors["rule"] = [$"Unknown rule. Accepted: {string.Join(", ", DeadlineCalculation.Rules.Select(ApiEnum.Name))}."];
            }

            return TypedResults.ValidationProblem(result.Errors);
        }

        return TypedResults.Ok(new CalculationView(ApiEnum.Name(result.Rule), Iso(result.From), Iso(result.DueOn!.Value)));
    }

    private static async Task<Ok<DigestReport>> SendDigest(DeadlineDigest digest, CancellationToken ct) =>
        TypedResults.Ok(await digest.SendAsync(ct));

    private static async Task<Results<Ok<CommissionCalendarView>, NotFound>> GetCommissions(string departement, CommissionService service, CancellationToken ct) =>
        Departements.IsKnown(departement) ? TypedResults.Ok(await service.ViewAsync(departement, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<CommissionCalendarView>, ProblemHttpResult>> PutCommissions(
        string departement, CommissionCalendarInput input, CommissionService service, CancellationToken ct) =>
        ApiAnswers.Ok(await service.ReplaceAsync(departement, input, ct));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
