using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain.Texts;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Documents;

public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/summary.pdf", Summary).WithTags("Documents").RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case summary as PDF (for a hearing), pseudonymised for readers who do not see the identity.");
        api.MapGet("/cases/{id:guid}/rights-sheet.pdf", RightsSheet).WithTags("Documents").RequireAuthorization(Policies.CasesRead)
            .WithSummary("The rights information sheet for the person (CESEDA R.425-1, CPP 10-2), `language=fr` or `en` (default: the user's).");
        api.MapGet("/cases/{id:guid}/attestation.pdf", Attestation).WithTags("Documents").RequireAuthorization(Policies.CasesRead)
            .WithSummary("The attestation of the case's latest identification decision; 404 `attestation.no-decision` while none was taken.");
        api.MapGet("/referrals/{id:guid}/form.pdf", ReferralForm).WithTags("Documents").RequireAuthorization(Policies.CasesRead)
            .WithSummary("The referral form for the provider: service, consent and the referred person as the reader may see them.");
        return api;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Pdf(PdfFile? file) =>
        file is null ? ApiAnswers.Problem(WriteError.NotFound()) : TypedResults.File(file.Bytes, "application/pdf", file.FileName);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Summary(Guid id, CaseDocuments documents, CancellationToken ct) =>
        Pdf(await documents.SummaryAsync(id, ct));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RightsSheet(Guid id, CaseDocuments documents, CancellationToken ct, string? language = null)
    {
        Language? chosen = language switch
        {
            null or "" => LocalizationSetup.CurrentLanguage,
            "fr" => Language.French,
            "en" => Language.English,
            _ => null,
        };
        if (chosen is not { } sheetLanguage)
        {
            return ApiAnswers.Problem(WriteError.Invalid("language", ProblemTexts.SheetLanguage, "rights-sheet.language"));
        }

        return Pdf(await documents.RightsSheetAsync(id, sheetLanguage, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Attestation(Guid id, CaseDocuments documents, CancellationToken ct)
    {
        var result = await documents.AttestationAsync(id, ct);
        return result.Succeeded ? Pdf(result.Value) : ApiAnswers.Problem(result.Error);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReferralForm(Guid id, CaseDocuments documents, CancellationToken ct) =>
        Pdf(await documents.ReferralFormAsync(id, ct));
}
