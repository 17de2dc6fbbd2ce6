using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Passerelle.Web.Platform.Http;

/// <summary>Documents <see cref="IfMatch"/> in <c>/openapi/v1.json</c>: the required header and its 412/428 answers.</summary>
public static class IfMatchOpenApi
{
    public static void Add(OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IfMatch.Required>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = true,
            Description = "The ETag of the version you read (\"0\" before the first save of a record that does not exist yet).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= [];
        operation.Responses["412"] = new OpenApiResponse { Description = "The version is not the current one (or not an ETag of this API): read again, then re-apply the change." };
        operation.Responses["428"] = new OpenApiResponse { Description = "If-Match is missing." };
        return Task.CompletedTask;
    });
}
