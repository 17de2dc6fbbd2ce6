using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Children;

public static class ChildProtectionApi
{
    public static RouteGroupBuilder MapChildProtectionApi(this RouteGroupBuilder api)
    {
        var child = api.MapGroup("/cases/{id:guid}/child-protection").WithTags("Children");
        child.MapGet("/", async (Guid id, ChildProtectionService s, HttpResponse response, CancellationToken ct) => ApiAnswers.Read(await s.GetAsync(id, ct), response, v => v.Version))
            .RequireAuthorization(Policies.CasesRead)
            .WithSummary("The child mechanism of a case, with its ETag: whether it applies (presumption of minority), lead agency, guardian, age assessments, best-interests determinations, durable solution, missing episodes.");
        child.MapPut("/lead-agency", async (Guid id, LeadAgencyInput body, IfMatch ifMatch, ChildProtectionService s, HttpResponse response, CancellationToken ct) => ApiAnswers.Ok(await s.SetLeadAgencyAsync(id, body, ifMatch, ct), response, v => v.Version))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Set the lead agency (If-Match with the ETag read: 428 missing, 412 stale): a child-welfare agency (400 otherwise). Its users then read and write the case.");
        child.MapPut("/guardian", async (Guid id, GuardianInput body, IfMatch ifMatch, ChildProtectionService s, HttpResponse response, CancellationToken ct) => ApiAnswers.Ok(await s.AppointGuardianAsync(id, body, ifMatch, ct), response, v => v.Version))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Record the guardian or ad hoc administrator (name encrypted at rest; If-Match required).");
        child.MapPost("/age-assessments", async (Guid id, AgeAssessmentInput body, ChildProtectionService s, CancellationToken ct) => ApiAnswers.Ok(await s.AddAgeAssessmentAsync(id, body, ct)))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Record an age assessment; the latest conclusive one decides whether the person is a child.");
        child.MapPost("/best-interests", async (Guid id, BestInterestsInput body, ChildProtectionService s, CancellationToken ct) => ApiAnswers.Ok(await s.AddBestInterestsAsync(id, body, ct)))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Record a best-interests determination (participants and conclusion encrypted at rest).");
        child.MapPut("/durable-solution", async (Guid id, DurableSolutionInput body, IfMatch ifMatch, ChildProtectionService s, HttpResponse response, CancellationToken ct) => ApiAnswers.Ok(await s.RecordDurableSolutionAsync(id, body, ifMatch, ct), response, v => v.Version))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Record integration, relocation or return (If-Match required): 409 without a best-interests determination made before it.");

        var missing = api.MapGroup("/cases/{id:guid}/missing-episodes").WithTags("Children");
        missing.MapPost("/", async (Guid id, MissingReportInput body, ChildProtectionService s, CancellationToken ct) => ApiAnswers.Ok(await s.ReportMissingAsync(id, body, ct)))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Report a child missing (when, where last seen, reported by): alerts the lead agency, the police of the département and the National Focal Point at once.");
        missing.MapPost("/{episodeId:guid}/found", async (Guid id, Guid episodeId, MissingUpdateInput body, ChildProtectionService s, CancellationToken ct) => ApiAnswers.Ok(await s.MarkFoundAsync(id, episodeId, body, ct)))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("The child was found (at, where).");
        missing.MapPost("/{episodeId:guid}/close", async (Guid id, Guid episodeId, MissingUpdateInput body, ChildProtectionService s, CancellationToken ct) => ApiAnswers.Ok(await s.CloseAsync(id, episodeId, body, ct)))
            .RequireAuthorization(Policies.CasesWrite).WithSummary("Close the episode; a reason is required if the child was not found.");
        return api;
    }
}
