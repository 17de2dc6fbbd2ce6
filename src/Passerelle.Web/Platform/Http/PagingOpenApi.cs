using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// Documents <see cref="Paging"/> in <c>/openapi/v1.json</c>: on every paged collection, the <c>page</c> and
/// <c>pageSize</c> query parameters with their bounds and defaults (the 200 schema is the <see cref="PagedList{T}"/> the
/// handler returns). Registered before <see cref="ApiDescriptionOpenApi"/>, which then declares the 400.
/// </summary>
public static class PagingOpenApi
{
    public static void Add(OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<Paging.Paged>().Any())
        {
            return Task.CompletedTask;
        }

        var bounds = metadata.OfType<PagingBounds>().LastOrDefault() ?? PagingBounds.Default;
        operation.Parameters ??= [];
        operation.Parameters.Add(Parameter("page", "The page, from 1.", 1, null, 1));
        operation.Parameters.Add(Parameter("pageSize", $"Items a page, from 1 to {bounds.MaxSize}.", 1, bounds.MaxSize, bounds.DefaultSize));
        return Task.CompletedTask;
    });

    private static OpenApiParameter Parameter(string name, string description, int minimum, int? maximum, int @default) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = minimum.ToString(CultureInfo.InvariantCulture),
            Maximum = maximum?.ToString(CultureInfo.InvariantCulture),
            Default = JsonValue.Create(@default),
        },
    };
}
