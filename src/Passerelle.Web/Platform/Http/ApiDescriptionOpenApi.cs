using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// Completes <c>/openapi/v1.json</c> so that a client can be built from it alone (issue 17 item 8): the bearer
/// security scheme and, on every operation, an <c>operationId</c>, a description saying who may call it, the
/// security it needs and every status the pipeline can answer it with — derived from the same metadata the
/// pipeline acts on, so the description cannot drift from the behaviour:
/// 400 (a parameter or a body to validate), 401 and 403 (authorization: every policy also requires MFA and no
/// pending password change), 404 (a path parameter: unknown or out of scope, never told apart), 409 (a write
/// that answers through <see cref="Outcomes.ApiAnswers"/>, whose rules can refuse it now), 412/428
/// (<see cref="IfMatchOpenApi"/>), 413 (<see cref="RequestBodyLimit"/> on any body), 429 (a rate-limited route),
/// 503 with <c>Retry-After</c> (<see cref="DatabaseUnavailableHandler"/>, any route). No route answers 423.
/// </summary>
public static class ApiDescriptionOpenApi
{
    public const string BearerScheme = "bearer";
    private const string ProblemSchema = "Problem";
    private const string ProblemContentType = "application/problem+json";

    public static void Add(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info.Description = "The API of Passerelle, the national referral mechanism for victims of trafficking in human beings. " +
                "Sign in with POST /api/v1/auth/login, then send the access token as `Authorization: Bearer <token>`. " +
                "Errors are RFC 9457 problem details in the user's language (Accept-Language: fr or en). Collections are paged: `page`, `pageSize`, and `total` in the answer.";
            document.Info.Contact = new OpenApiContact { Name = "Passerelle", Url = new Uri("https://passerelle.example.org/docs") };
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The access token answered by POST /api/v1/auth/login (30 minutes); a two-factor code is asked when the account has one.",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[ProblemSchema] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "RFC 9457 problem details: `code` (stable) and `type` for programs, `title` and `detail` in the user's language, `errors` by field for a 400.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
                    ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["code"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["errors"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object | JsonSchemaType.Null,
                        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                },
            };
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var description = context.Description;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            var method = description.HttpMethod ?? "GET";
            var path = "/" + (description.RelativePath ?? "").TrimStart('/');
            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            var policy = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);

            operation.OperationId ??= metadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName ?? OperationId(method, path);
            if (string.IsNullOrWhiteSpace(operation.Description))
            {
                var summary = operation.Summary is { Length: > 0 } s ? s.TrimEnd() : $"{method} {path}.";
                operation.Description = (summary.EndsWith('.') ? summary : summary + ".") + " " + Who(anonymous, policy);
            }

            operation.Responses ??= [];
            var hasParameters = (operation.Parameters?.Count ?? 0) > 0 || operation.RequestBody is not null;
            var answersProblems = ReturnsProblem(metadata);
            if (!anonymous)
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                Declare(operation, 401, "Not signed in: no bearer token, or an expired or revoked one.", context);
                Declare(operation, 403, "Signed in, but this role may not call this operation (or two-factor sign-in or a password change is still due).", context);
            }

            if (hasParameters)
            {
                Declare(operation, 400, "A parameter or the body is not valid: `errors` names each field, in the user's language.", context);
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                Declare(operation, 404, "Not found, or outside what the user may see (the two are never told apart).", context);
            }

            if (!HttpMethods.IsGet(method) && answersProblems)
            {
                Declare(operation, 409, "The change is not allowed in the record's present state (`code` says which rule).", context);
            }

            if (operation.RequestBody is not null)
            {
                Declare(operation, 413, "The request body is larger than the API accepts.", context);
            }

            if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                Declare(operation, 429, "Too many attempts: wait the seconds `Retry-After` gives.", context, retryAfter: true);
            }

            Declare(operation, 503, "The database is unavailable: retry after the seconds `Retry-After` gives.", context, retryAfter: true);
            return Task.CompletedTask;
        });
    }

    /// <summary>A stable operationId from the method and route: <c>GET /api/v1/cases/{id}/closure</c> → <c>getCasesIdClosure</c>.</summary>
    public static string OperationId(string method, string path)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2))
        {
            var name = segment.Trim('{', '}').Split(':')[0];
            foreach (var word in name.Split('-', '.', '_'))
            {
                if (word.Length > 0)
                {
                    id.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
                }
            }
        }

        return id.ToString();
    }

    private static string Who(bool anonymous, string? policy) => anonymous
        ? "No sign-in needed."
        : "Who: " + (policy switch
        {
            Policies.SignedIn => "any signed-in user, even before two-factor enrolment or a password change.",
            Policies.CasesRead => "screeners, case managers and the national coordinator, each within the cases their relation to the case allows (holding or lead agency, panel, provider, coordinator: docs/ARCHITECTURE.md).",
            Policies.CasesWrite => "screeners and case managers, on the cases their agency holds or leads (a panel member gives only its view).",
            Policies.Audit => "auditors.",
            Policies.Administration => "administrators.",
            Policies.Coordination or Policies.FocalPoint => "the national coordinator.",
            Policies.ProvidersManage => "the national coordinator and administrators.",
            Policies.Statistics => "statisticians and the national coordinator.",
            _ => "any member of a participating agency (signed in with two factors), within what their role and agency may see (README, Roles).",
        });

    private static bool ReturnsProblem(IEnumerable<object> metadata)
    {
        var returned = metadata.OfType<MethodInfo>().FirstOrDefault()?.ReturnType;
        while (returned is { IsGenericType: true } && returned.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
        {
            returned = returned.GetGenericArguments()[0];
        }

        return returned == typeof(ProblemHttpResult) || returned == typeof(IResult)
            || (returned is { IsGenericType: true } && returned.GetGenericArguments().Contains(typeof(ProblemHttpResult)));
    }

    private static void Declare(OpenApiOperation operation, int status, string text, OpenApiOperationTransformerContext context, bool retryAfter = false)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing) && existing is OpenApiResponse declared)
        {
            if (string.IsNullOrWhiteSpace(declared.Description) || declared.Description == ReasonPhrase(status))
            {
                declared.Description = text;
            }

            if (retryAfter)
            {
                declared.Headers ??= new Dictionary<string, IOpenApiHeader>();
                declared.Headers["Retry-After"] = RetryAfter();
            }

            return;
        }

        var response = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemContentType] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
            },
        };
        if (retryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = RetryAfter(),
            };
        }

        operation.Responses[key] = response;
    }

    private static OpenApiHeader RetryAfter() =>
        new() { Description = "Seconds to wait before trying again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
