using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Referrals;

public static class ReferralsApi
{
    public static RouteGroupBuilder MapReferralsApi(this RouteGroupBuilder api)
    {
        var providers = api.MapGroup("/providers").WithTags("Referrals");
        providers.MapGet("/", Search)
            .WithSummary("Search the services directory: service, département, free places, population (child|adult), sex. Most free places first.");
        providers.MapPost("/", Create).RequireAuthorization(Policies.ProvidersManage).WithSummary("Add a provider (administrators, coordinator).");
        providers.MapGet("/{id:guid}", async Task<Results<Ok<ProviderView>, ProblemHttpResult>> (Guid id, ProviderDirectory directory, HttpResponse response, CancellationToken ct) =>
            ApiAnswers.Read(await directory.FindAsync(id, ct), response, view => view.Version)).WithSummary("One provider with its capacity, with an ETag.");
        providers.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ProvidersManage)
            .WithSummary("Edit a provider. Requires If-Match with the ETag you read (412 when stale, 428 when missing).");
        providers.MapPut("/{id:guid}/capacity", ReportCapacity)
            .WithSummary("The provider's users report their places, total and occupied (400 if occupied > total); kept as history.");
        providers.MapGet("/{id:guid}/capacity-history", async Task<Results<Ok<PagedList<CapacityReportView>>, NotFound>> (Guid id, Paging paging, ProviderDirectory directory, CancellationToken ct) =>
            await directory.HistoryAsync(id, paging, ct) is { } history ? TypedResults.Ok(history) : TypedResults.NotFound()).WithSummary("Capacity reports, newest first, with who and when.");

        api.MapPost("/cases/{id:guid}/referrals", Send).WithTags("Referrals").RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Refer the case to a provider: an adult's informed consent is required; a child's guardian notice may follow.");
        api.MapGet("/cases/{id:guid}/referrals", async Task<Results<Ok<PagedList<ReferralView>>, NotFound>> (Guid id, Paging paging, ReferralService service, CancellationToken ct) =>
            await service.ForCaseAsync(id, paging, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound()).WithTags("Referrals").RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's referrals, newest first.");

        var referrals = api.MapGroup("/referrals").WithTags("Referrals").RequireAuthorization(Policies.CasesRead);
        referrals.MapGet("/", Mine).WithSummary("incoming: to my agency's providers; outgoing (default): sent by my agency. Optional status.");
        referrals.MapGet("/{id:guid}", async Task<Results<Ok<ReferralDetailView>, NotFound>> (Guid id, ReferralService service, CancellationToken ct) =>
            await service.DetailAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound())
            .WithSummary("A referral and what the provider needs to know of the person, while it is active (no legal identity).");
        foreach (var action in Enum.GetValues<ReferralAction>())
        {
            referrals.MapPost($"/{{id:guid}}/{ApiEnum.Name(action)}", (Guid id, ReferralActionInput? body, ReferralService service, CancellationToken ct) => ActAsync(id, action, body, service, ct))
                .RequireAuthorization(Policies.CasesWrite)
                .WithSummary(action == ReferralAction.Withdraw ? "The sending agency withdraws the referral (optional reason)." : $"The provider's agency: {ApiEnum.Name(action)} (decline needs a reason).");
        }

        referrals.MapPost("/{id:guid}/guardian-notice", async (Guid id, GuardianNoticeInput input, ReferralService service, CancellationToken ct) =>
                ApiAnswers.Ok(await service.RecordGuardianNoticeAsync(id, input, ct)))
            .RequireAuthorization(Policies.CasesWrite)
            .WithSummary("The sending agency records that a child's guardian was informed of the referral {informedOn?, guardian}.");

        return api;
    }

    private static async Task<Results<Ok<PagedList<ProviderView>>, ValidationProblem>> Search(
        string? service, string? departement, bool? freePlaces, string? population, string? sex, Paging paging, ProviderDirectory directory, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var wantedService = ApiEnum.Parse<ServiceType>(service, "service", errors);
        var wantedPopulation = ApiEnum.Parse<Population>(population, "population", errors);
        var wantedSex = ApiEnum.Parse<Sex>(sex, "sex", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await directory.SearchAsync(new ProviderQuery(wantedService, departement, freePlaces ?? false, wantedPopulation, wantedSex), paging, ct));
    }

    private static async Task<Results<Created<ProviderView>, ProblemHttpResult>> Create(
        ProviderInput input, ProviderDirectory directory, HttpResponse response, CancellationToken ct) =>
        ApiAnswers.Created(await directory.CreateAsync(input, ct), provider => $"/api/v1/providers/{provider.Id}", response, provider => provider.Version);

    private static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> Update(
        Guid id, ProviderInput input, IfMatch ifMatch, ProviderDirectory directory, HttpResponse response, CancellationToken ct) =>
        ApiAnswers.Ok(await directory.UpdateAsync(id, input, ifMatch, ct), response, view => view.Version);

    private static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> ReportCapacity(
        Guid id, CapacityInput input, ProviderDirectory directory, CancellationToken ct) =>
        ApiAnswers.Ok(await directory.ReportCapacityAsync(id, input, ct));

    private static async Task<Results<Created<ReferralView>, ProblemHttpResult>> Send(
        Guid id, ReferralInput input, ReferralService service, CancellationToken ct) =>
        ApiAnswers.Created(await service.SendAsync(id, input, ct), view => $"/api/v1/referrals/{view.Id}");

    private static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> ActAsync(
        Guid id, ReferralAction action, ReferralActionInput? input, ReferralService service, CancellationToken ct) =>
        ApiAnswers.Ok(await service.ActAsync(id, action, input ?? new ReferralActionInput(null), ct));

    private static async Task<Results<Ok<PagedList<ReferralView>>, ValidationProblem>> Mine(
        string? direction, string? status, Paging paging, ReferralService service, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var wanted = ApiEnum.Parse<ReferralStatus>(status, "status", errors);
        if (direction is not (null or "incoming" or "outgoing"))
        {
            errors["direction"] = ["incoming or outgoing."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await service.MineAsync(direction == "incoming", wanted, paging, ct));
    }
}
