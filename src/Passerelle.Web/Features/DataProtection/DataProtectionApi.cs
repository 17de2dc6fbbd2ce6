using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.DataProtection;

public static class DataProtectionApi
{
    public static RouteGroupBuilder MapDataProtectionApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases/{id:guid}").WithTags("Data protection");
        cases.MapGet("/personal-data", Export).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Everything held about the person of the case (GDPR art. 15): identity, case, screenings, qualification, identification, referrals, rights, proceedings, legal steps, deadlines, child protection, notes, attachment list, other records of the person, closure, and who read or changed the file (agency, not name). `format=json` (default) or `pdf`. Holding agency only; one audit entry (1800).");
        cases.MapGet("/personal-data.pdf", (Guid id, PersonalDataService service, PersonalDataDocument document, HttpResponse response, CancellationToken ct) =>
                Export(id, service, document, response, ct, "pdf"))
            .RequireAuthorization(Policies.CasesWrite)
            .WithSummary("The personal-data export as PDF, in the reader's language (the same as `personal-data?format=pdf`).");

        var requests = cases.MapGroup("/data-requests");
        requests.MapGet("/", ListRequests).RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's register of data-subject requests (GDPR art. 15–18, 21), newest first: kind, received, due (one month, art. 12(3)), status, decision, ground. Texts only for the holding agency; the coordinator and a lead agency read it without them. Audit 1804.");
        requests.MapPost("/", RecordRequest).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Record a request `{kind, receivedOn, identityCheck, request}` (holding agency): 201 with its due date, one month from receipt (31 January → 28/29 February). Texts encrypted at rest. Audit 1801.");
        requests.MapGet("/{requestId:guid}", GetRequest).RequireAuthorization(Policies.CasesRead)
            .WithSummary("One request of the register, with, for an open erasure request, what keeps the file now (pending proceedings: art. 17(3)(e); a child's protection: art. 17(3)(b)). Audit 1805.");
        requests.MapPost("/{requestId:guid}/extend", ExtendRequest).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Extend the period once `{reason, until}`, within the first month, to three months from receipt at most (art. 12(3)). 409 once extended, answered or overdue. Audit 1802.");
        requests.MapPost("/{requestId:guid}/decide", DecideRequest).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Answer `{outcome, ground?, explanation, rectifiedFields?}`: a refusal names its ground (legal-obligation 17(3)(b), legal-claims 17(3)(e), article-23-restriction, other); a granted rectification names the case fields corrected (after the case was saved); a granted erasure erases the closed case (409 while proceedings are pending or a child is protected, or without the archives' elimination agreement). Audit 1803.");

        api.MapGet("/data-requests", National).WithTags("Data protection").RequireAuthorization(Policies.Administration)
            .WithSummary("The national register for the administrator: `status=open` (default), `due` (due within 7 days or overdue) or `all`; by case reference and agency only, soonest due first. Audit 1806.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<DataRequestView>>, ProblemHttpResult>> ListRequests(Guid id, Paging paging, DataRequestService service, CancellationToken ct) =>
        await service.ListAsync(id, paging, ct) is { } list ? TypedResults.Ok(list) : ApiAnswers.Problem(WriteError.NotFound());

    private static async Task<Results<Ok<DataRequestView>, ProblemHttpResult>> GetRequest(Guid id, Guid requestId, DataRequestService service, HttpResponse response, CancellationToken ct)
    {
        if (await service.GetAsync(id, requestId, ct) is not { } view)
        {
            return ApiAnswers.Problem(WriteError.NotFound());
        }

        IfMatch.SetETag(response, view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Created<DataRequestView>, ProblemHttpResult>> RecordRequest(
        Guid id, DataRequestInput input, DataRequestService service, HttpResponse response, CancellationToken ct) =>
        ApiAnswers.Created(await service.RecordAsync(id, input, ct), view => $"/api/v1/cases/{id}/data-requests/{view.Id}", response, view => view.Version);

    private static async Task<Results<Ok<DataRequestView>, ProblemHttpResult>> ExtendRequest(
        Guid id, Guid requestId, DataRequestExtensionInput input, DataRequestService service, HttpResponse response, CancellationToken ct) =>
        ApiAnswers.Ok(await service.ExtendAsync(id, requestId, input, ct), response, view => view.Version);

    private static async Task<Results<Ok<DataRequestView>, ProblemHttpResult>> DecideRequest(
        Guid id, Guid requestId, DataRequestDecisionInput input, DataRequestService service, HttpResponse response, CancellationToken ct) =>
        ApiAnswers.Ok(await service.DecideAsync(id, requestId, input, ct), response, view => view.Version);

    private static async Task<Results<Ok<PagedList<OpenDataRequestView>>, ValidationProblem>> National(DataRequestService service, Paging paging, CancellationToken ct, string? status = null)
    {
        if (!ApiEnum.TryParse<DataRequestFilter>(status ?? "open", out var filter))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [ProblemTexts.DataRequestFilter] });
        }

        return TypedResults.Ok(await service.NationalAsync(filter, paging, ct));
    }

    private static async Task<Results<Ok<PersonalDataExport>, FileContentHttpResult, ProblemHttpResult>> Export(
        Guid id, PersonalDataService service, PersonalDataDocument document, HttpResponse response, CancellationToken ct, string? format = null)
    {
        if (format is not (null or "" or "json" or "pdf"))
        {
            return ApiAnswers.Problem(WriteError.Invalid("format", ProblemTexts.PersonalDataFormat, "personal-data.format"));
        }

        if (await service.ExportAsync(id, response, ct) is not { } export)
        {
            return ApiAnswers.Problem(WriteError.NotFound());
        }

        if (format == "pdf")
        {
            var file = document.Render(export);
            return TypedResults.File(file.Bytes, "application/pdf", file.FileName);
        }

        return TypedResults.Ok(export);
    }
}
