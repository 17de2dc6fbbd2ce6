using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// Documents <see cref="IdempotencyKeys"/> in <c>/openapi/v1.json</c> on the operations it applies to — every POST
/// of the API by a signed-in user (the same condition as the middleware): the optional <c>Idempotency-Key</c> header,
/// the <c>Idempotency-Replayed</c> header of a replayed answer, and the 409 and 422 answers of a key in use or reused.
/// Registered after <see cref="ApiDescriptionOpenApi"/>, so its texts complete the statuses declared there.
/// </summary>
public static class IdempotencyOpenApi
{
    public static void Add(OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var description = context.Description;
        var path = "/" + (description.RelativePath ?? "").TrimStart('/');
        if (!HttpMethods.IsPost(description.HttpMethod ?? "") || !path.StartsWith("/api/", StringComparison.Ordinal)
            || description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeys.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A key of your choice (1 to " + IdempotencyKeys.MaxKeyLength + " visible ASCII characters, e.g. a UUID) that makes a retry safe: " +
                "the same request sent again with the same key within `Api:IdempotencyHours` (24) gets the first answer back, without a second write.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKeys.MaxKeyLength, Pattern = "^[!-~]+$" },
        });

        operation.Responses ??= [];
        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('2') && response is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[IdempotencyKeys.ReplayedHeader] = new OpenApiHeader
                {
                    Description = "`true` when this is the stored answer of an earlier request with the same Idempotency-Key.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        Complete(operation, "400", "The Idempotency-Key is not valid.");
        Complete(operation, "409", "A request with the same Idempotency-Key is still being served: retry later.");
        Complete(operation, "422", "The Idempotency-Key was already used with another request.");
        return Task.CompletedTask;
    });

    private static void Complete(OpenApiOperation operation, string status, string text)
    {
        if (operation.Responses!.TryGetValue(status, out var existing) && existing is OpenApiResponse declared)
        {
            declared.Description = string.IsNullOrWhiteSpace(declared.Description) ? text : declared.Description.TrimEnd() + " Or: " + text;
            return;
        }

        operation.Responses[status] = new OpenApiResponse { Description = text };
    }
}
