using System.Diagnostics;
using System.Text.Json.Nodes;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.OpenApi;

/// <summary>
/// <c>/openapi/v1.json</c> is enough to build a client (issue 17 item 8): every operation has an operationId, a
/// description, its security and the statuses the pipeline answers; Spectral's <c>spectral:oas</c> ruleset finds
/// nothing (0 errors, 0 warnings). Spectral is installed by test.sh (<c>npm ci --prefix tools/openapi</c>).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OpenApiDescriptionTests(PasserelleApp app)
{
    private async Task<(string Json, JsonNode Document)> DocumentAsync()
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        return (json, JsonNode.Parse(json)!);
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!)));

    [Fact]
    public async Task Every_operation_has_an_operationId_a_description_and_its_security()
    {
        var (_, document) = await DocumentAsync();
        var operations = Operations(document).ToList();

        Assert.True(operations.Count > 100, $"{operations.Count} operations");
        Assert.Equal("http", document["components"]!["securitySchemes"]!["bearer"]!["type"]!.GetValue<string>());
        var ids = operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrWhiteSpace(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation["description"]?.GetValue<string>()), $"{o.Method} {o.Path}"));
        Assert.Equal("getCasesIdClosure", Operations(document).Single(o => o is { Path: "/api/v1/cases/{id}/closure", Method: "get" }).Operation["operationId"]!.GetValue<string>());

        var login = Operations(document).Single(o => o is { Path: "/api/v1/auth/login" }).Operation;
        Assert.Null(login["security"]);
        Assert.NotNull(login["responses"]!["429"]!["headers"]!["Retry-After"]);
        var read = Operations(document).Single(o => o is { Path: "/api/v1/cases/{id}", Method: "get" }).Operation;
        Assert.Equal("bearer", read["security"]![0]!.AsObject().Single().Key);
    }

    [Fact]
    public async Task Every_operation_declares_the_statuses_the_pipeline_answers()
    {
        var (_, document) = await DocumentAsync();
        foreach (var (path, method, operation) in Operations(document))
        {
            var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
            var where = $"{method.ToUpperInvariant()} {path}: {string.Join(',', statuses)}";
            Assert.True(statuses.Contains("503"), where);
            if (operation["security"] is not null)
            {
                Assert.True(statuses.IsSupersetOf(["401", "403"]), where);
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                Assert.True(statuses.Contains("404"), where);
            }

            if (operation["requestBody"] is not null)
            {
                Assert.True(statuses.IsSupersetOf(["400", "413"]), where);
            }
        }

        var put = Operations(document).Single(o => o is { Path: "/api/v1/cases/{id}", Method: "put" }).Operation["responses"]!.AsObject();
        Assert.True(put.Select(r => r.Key).ToHashSet().IsSupersetOf(["200", "400", "401", "403", "404", "409", "412", "413", "428", "503"]), string.Join(',', put.Select(r => r.Key)));
        Assert.DoesNotContain(Operations(document), o => o.Method == "get" && o.Operation["responses"]!.AsObject().ContainsKey("409"));
    }

    [Fact]
    public async Task Every_signed_in_POST_documents_the_Idempotency_Key_that_makes_its_retry_safe()
    {
        var (_, document) = await DocumentAsync();
        var posts = Operations(document).Where(o => o.Method == "post" && o.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        Assert.True(posts.Count > 30, $"{posts.Count} POST operations");
        foreach (var (path, _, operation) in posts)
        {
            var header = operation["parameters"]?.AsArray().SingleOrDefault(p => p!["name"]!.GetValue<string>() == "Idempotency-Key" && p["in"]!.GetValue<string>() == "header");
            if (operation["security"] is null)
            {
                // The middleware needs a signed-in user: sign-in and the other anonymous POSTs do not honour a key.
                Assert.True(header is null, $"POST {path} is anonymous and documents Idempotency-Key");
                continue;
            }

            Assert.True(header is not null, $"POST {path} does not document Idempotency-Key");
            Assert.False(header!["required"]?.GetValue<bool>() ?? false, path);
            Assert.Equal(200, header["schema"]!["maxLength"]!.GetValue<int>());
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.Select(r => r.Key).ToHashSet().IsSupersetOf(["400", "409", "422"]), $"POST {path}: {string.Join(',', responses.Select(r => r.Key))}");
            Assert.Contains("Idempotency-Key", responses["422"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.All(responses.Where(r => r.Key.StartsWith('2')), r => Assert.NotNull(r.Value!["headers"]?["Idempotency-Replayed"]));
        }

        Assert.DoesNotContain(Operations(document).Where(o => o.Method != "post"),
            o => o.Operation["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "Idempotency-Key") ?? false);
    }

    [Fact]
    public async Task Spectral_oas_finds_no_error_and_no_warning()
    {
        var root = RepositoryRoot();
        var spectral = Path.Combine(root, "tools", "openapi", "node_modules", ".bin", "spectral");
        Assert.True(File.Exists(spectral), $"Spectral is not installed: run `npm ci --prefix {Path.Combine(root, "tools", "openapi")}` (test.sh does).");
        var (json, _) = await DocumentAsync();
        var file = Path.Combine(Path.GetTempPath(), $"passerelle-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            var start = new ProcessStartInfo(spectral)
            {
                ArgumentList = { "lint", "--ruleset", Path.Combine(root, "tools", "openapi", ".spectral.yaml"), "--fail-severity", "hint", "--format", "text", file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, output + errors);
            Assert.Contains("No results with a severity of 'hint' or higher found!", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Passerelle.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Passerelle.slnx not found above " + AppContext.BaseDirectory);
    }
}
