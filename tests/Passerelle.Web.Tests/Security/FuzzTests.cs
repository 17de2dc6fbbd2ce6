using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Security;

/// <summary>An app of its own for the fuzzer, whose requests may store what happens to be valid.</summary>
public sealed class FuzzApp : PasserelleApp;

/// <summary>
/// Sends malformed bodies and parameters, generated from the OpenAPI description, to every operation: wrong
/// types, nulls, extreme dates and numbers, deep nesting, huge strings. No answer may be a 5xx, and the audit
/// chain (written in the same transaction as every change) must still verify. Bounded in time (~2 minutes).
/// </summary>
public sealed class FuzzTests(FuzzApp app) : IClassFixture<FuzzApp>
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(120);

    private static readonly string[] BadScalars =
    [
        "null", "\"\"", "123", "-1", "1e308", "-9223372036854775809", "99999999999999999999", "true", "{}", "[]",
        "\"9999-12-31\"", "\"0001-01-01\"", "\"not-a-date\"", "\"00000000-0000-0000-0000-000000000000\"", "\"\\u0000\"",
        "\"" + new string('x', 20_000) + "\"", string.Concat(Enumerable.Repeat("[", 300)) + string.Concat(Enumerable.Repeat("]", 300)),
    ];

    private static readonly string[] BadQueryValues =
    [
        "", "9999-12-31", "0001-01-01", "-1", "0", "2147483648", "99999999999999999999", "1e308", "null", "%00", "not-a-guid",
        "00000000-0000-0000-0000-000000000000", new string('x', 3000),
    ];

    private static readonly string[] WholeBodies = ["", "null", "[]", "\"x\"", "{", "{}", "{\"unknown\":1}", "123"];

    [Fact]
    public async Task MalformedRequests_ToEveryOperation_NeverGetA5xx()
    {
        var clients = new Dictionary<string, HttpClient>
        {
            ["ngo"] = await app.ApiAsAsync("ngo@demo.test"),
            ["admin"] = await app.ApiAsAsync("admin@demo.test"),
            ["auditor"] = await app.ApiAsAsync("auditor@demo.test"),
            ["statistician"] = await app.ApiAsAsync("statistician@demo.test"),
            ["coordinator"] = await app.ApiAsAsync("coordinator@demo.test"),
        };
        var caseId = (await CaseApi.CreateAsync(clients["ngo"], CaseApi.Unique("Fuzz"))).GetProperty("id").GetString()!;
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var failures = new List<string>();
        var sent = 0;
        var watch = Stopwatch.StartNew();

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (path.EndsWith("/auth/logout", StringComparison.Ordinal) || watch.Elapsed > Budget)
                {
                    continue;
                }

                var tag = operation!["tags"]?[0]?.GetValue<string>() ?? "";
                var client = tag switch
                {
                    "Users" or "Agencies" => clients["admin"],
                    "Audit" => clients["auditor"],
                    "Statistics" => clients["statistician"],
                    "Providers" or "Focal point" => clients["coordinator"],
                    _ => clients["ngo"],
                };
                var parameters = operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
                var url = Path(path, parameters, caseId);
                foreach (var request in Requests(document, method, url, parameters, operation))
                {
                    sent++;
                    using var response = await client.SendAsync(request);
                    if ((int)response.StatusCode >= 500)
                    {
                        var content = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
                        failures.Add($"{(int)response.StatusCode} {request.Method} {request.RequestUri} {Shorten(content)}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} server errors on {sent} requests:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(sent > 300, $"only {sent} requests sent");

        await using var scope = app.Services.CreateAsyncScope();
        var verdict = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(default);
        Assert.True(verdict.Intact, verdict.Problem);
    }

    private static string Path(string template, List<JsonNode> parameters, string caseId)
    {
        var url = template;
        foreach (var parameter in parameters.Where(p => p["in"]?.GetValue<string>() == "path"))
        {
            var name = parameter["name"]!.GetValue<string>();
            var value = parameter["schema"]?["format"]?.GetValue<string>() == "uuid" || name.Equals("id", StringComparison.OrdinalIgnoreCase) ? caseId : "1";
            url = url.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return url;
    }

    private static IEnumerable<HttpRequestMessage> Requests(JsonNode document, string method, string url, List<JsonNode> parameters, JsonNode operation)
    {
        var httpMethod = new HttpMethod(method.ToUpperInvariant());
        foreach (var parameter in parameters.Where(p => p["in"]?.GetValue<string>() == "query"))
        {
            var name = parameter["name"]!.GetValue<string>();
            foreach (var value in BadQueryValues)
            {
                yield return Request(httpMethod, $"{url}?{name}={Uri.EscapeDataString(value)}", null);
            }
        }

        if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
        {
            yield return Request(httpMethod, url, null);
            yield break;
        }

        foreach (var body in WholeBodies)
        {
            yield return Request(httpMethod, url, body);
        }

        var properties = Resolve(document, schema)?["properties"]?.AsObject();
        if (properties is null)
        {
            yield break;
        }

        var names = properties.Select(p => p.Key).ToList();
        foreach (var name in names)
        {
            foreach (var bad in BadScalars)
            {
                // The property alone, and among the other properties filled with plausible values.
                yield return Request(httpMethod, url, $"{{\"{name}\":{bad}}}");
                var others = string.Join(",", names.Where(n => n != name).Select(n => $"\"{n}\":{Plausible(document, properties[n]!)}"));
                yield return Request(httpMethod, url, $"{{{others}{(others.Length > 0 ? "," : "")}\"{name}\":{bad}}}");
            }
        }
    }

    private static string Plausible(JsonNode document, JsonNode property)
    {
        var schema = Resolve(document, property) ?? property;
        var type = schema["type"] is JsonArray types ? types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") : schema["type"]?.GetValue<string>();
        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[0]!.ToJsonString();
        }

        return (type, schema["format"]?.GetValue<string>()) switch
        {
            ("string", "date") => "\"2026-01-15\"",
            ("string", "date-time") => "\"2026-01-15T10:00:00Z\"",
            ("string", "uuid") => "\"00000000-0000-0000-0000-000000000001\"",
            ("string", _) => "\"fictive\"",
            ("integer", _) or ("number", _) => "1",
            ("boolean", _) => "true",
            ("array", _) => "[]",
            _ => "{}",
        };
    }

    private static JsonNode? Resolve(JsonNode document, JsonNode schema)
    {
        for (var i = 0; i < 5 && schema["$ref"]?.GetValue<string>() is { } reference; i++)
        {
            var node = document;
            foreach (var part in reference.TrimStart('#', '/').Split('/'))
            {
                node = node?[part]!;
            }

            if (node is null)
            {
                return null;
            }

            schema = node;
        }

        return schema;
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string? body)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        // Optimistic concurrency: some updates need a version.
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        return request;
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
