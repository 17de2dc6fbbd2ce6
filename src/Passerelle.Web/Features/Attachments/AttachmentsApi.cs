using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Attachments;

public static class AttachmentsApi
{
    /// <summary>Room for the multipart envelope around a file of the maximum size.</summary>
    private const long MultipartOverhead = 64 * 1024;

    /// <summary>The upload route, which takes bodies up to <c>Attachments:MaxBytes</c> instead of the API's 64 KiB (<see cref="Platform.Http.RequestBodyLimit"/>).</summary>
    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/api/v1/cases")
        && request.Path.Value?.TrimEnd('/').EndsWith("/attachments", StringComparison.Ordinal) == true;

    public static RouteGroupBuilder MapAttachmentsApi(this RouteGroupBuilder api)
    {
        var attachments = api.MapGroup("/cases/{id:guid}/attachments").WithTags("Attachments");
        attachments.MapGet("/", List).RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's documents, newest first: id, type, size, date, who added them; the file name only for the agency holding the case.");
        attachments.MapPost("/", Upload).RequireAuthorization(Policies.CasesWrite).DisableAntiforgery()
            .WithSummary("Attach a document (multipart/form-data, field `file`; the agency holding the case): 201 {id, fileName, contentType, size}. The type is read from the content (PDF, PNG, JPEG, GIF, WebP, docx, xlsx, odt, ods); anything else 400; over Attachments:MaxBytes (10 MB) 413. Encrypted at rest.");
        attachments.MapGet("/{attachmentId:guid}", Download).RequireAuthorization(Policies.CasesRead)
            .WithSummary("The document's bytes, with its type and name (the agency holding the case; every download is audited).");
        return api;
    }

    private static async Task<Results<Ok<PagedList<AttachmentView>>, ProblemHttpResult>> List(Guid id, Paging paging, AttachmentsService service, CancellationToken ct) =>
        await service.ListAsync(id, paging, ct) is { } list ? TypedResults.Ok(list) : ApiAnswers.Problem(WriteError.NotFound());

    private static async Task<Results<Created<AttachmentView>, ProblemHttpResult>> Upload(
        Guid id, HttpRequest request, AttachmentsService service, IStringLocalizer<Text> text, CancellationToken ct)
    {
        var max = service.MaxBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + MultipartOverhead;
        }

        if (request.ContentLength > max + MultipartOverhead)
        {
            return TooLarge(max, text);
        }

        if (!request.HasFormContentType)
        {
            return ApiAnswers.Problem(WriteError.Invalid("file", ProblemTexts.AttachmentNotMultipart, "attachment.not-multipart"));
        }

        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(max, text);
        }
        catch (InvalidDataException)
        {
            return ApiAnswers.Problem(WriteError.Invalid("file", ProblemTexts.AttachmentNotMultipart, "attachment.not-multipart"));
        }

        if (file is null)
        {
            return ApiAnswers.Problem(WriteError.Invalid("file", ProblemTexts.AttachmentMissing, "attachment.missing"));
        }

        if (file.Length > max)
        {
            return TooLarge(max, text);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return ApiAnswers.Created(await service.AddAsync(id, file.FileName, buffer.ToArray(), ct), a => $"/api/v1/cases/{id}/attachments/{a.Id}");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(Guid id, Guid attachmentId, AttachmentsService service, CancellationToken ct)
    {
        var result = await service.OpenAsync(id, attachmentId, ct);
        return result.Succeeded ? TypedResults.File(result.Value!.Bytes, result.Value.ContentType, result.Value.FileName) : ApiAnswers.Problem(result.Error!);
    }

    /// <summary>413 in the user's language, with the limit in megabytes.</summary>
    public static ProblemHttpResult TooLarge(long max, IStringLocalizer<Text> text) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: text[ProblemTexts.AttachmentTooLarge],
            detail: string.Format(CultureInfo.CurrentCulture, text[ProblemTexts.AttachmentTooLargeDetail], MegaBytes(max)),
            type: "attachment.too-large",
            extensions: new Dictionary<string, object?> { ["code"] = "attachment.too-large" });

    public static string MegaBytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);
}
