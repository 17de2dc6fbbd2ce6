using Microsoft.AspNetCore.Http.HttpResults;
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
        return api;
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
