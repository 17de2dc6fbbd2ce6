using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Attachments;
using Passerelle.Web.Features.LegalSteps;
using Passerelle.Web.Features.Notes;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Referrals;
using Passerelle.Web.Tests.Story;

namespace Passerelle.Web.Tests.OpenApi;

/// <summary>
/// Every collection of <c>/api/v1</c> is paged (issue 17 item 8): <c>{items, page, pageSize, total}</c>, the query
/// parameters <c>page</c> and <c>pageSize</c>, a bad value answered 400 <c>paging.invalid</c> in the user's language.
/// The description is walked, so a new collection answering a bare array fails here.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PagingTests(PasserelleApp app)
{
    private sealed record PagedOperation(string Path, int DefaultSize, int MaxSize);

    private async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;

    private static IEnumerable<(string Path, JsonNode Get)> Gets(JsonNode document) =>
        document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal) && p.Value!["get"] is not null)
            .Select(p => (p.Key, p.Value!["get"]!));

    /// <summary>The 200 answer's JSON schema, its <c>$ref</c> followed; null when the operation declares none (a file, a computed object).</summary>
    private static JsonNode? OkSchema(JsonNode document, JsonNode operation)
    {
        var schema = operation["responses"]?["200"]?["content"]?["application/json"]?["schema"];
        while (schema?["$ref"] is { } reference)
        {
            schema = document["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]];
        }

        return schema;
    }

    private static bool IsArray(JsonNode schema) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>() == "array",
        JsonArray types => types.Any(t => t!.GetValue<string>() == "array"),
        _ => false,
    };

    private static List<PagedOperation> PagedOperations(JsonNode document) =>
        [.. Gets(document)
            .Where(o => o.Get["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "pageSize") == true)
            .Select(o =>
            {
                var size = o.Get["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "pageSize")!["schema"]!;
                return new PagedOperation(o.Path, size["default"]!.GetValue<int>(), int.Parse(size["maximum"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture));
            })];

    [Fact]
    public async Task No_api_v1_GET_answers_a_bare_array_and_every_collection_documents_its_paging()
    {
        var document = await DocumentAsync();
        var bare = new List<string>();
        var paged = new List<string>();
        foreach (var (path, get) in Gets(document))
        {
            if (OkSchema(document, get) is not { } schema)
            {
                continue;
            }

            if (IsArray(schema))
            {
                bare.Add(path);
            }

            if (schema["properties"] is JsonObject properties && properties.ContainsKey("items") && properties.ContainsKey("total"))
            {
                Assert.True(IsArray(properties["items"]!), path);
                Assert.Equal(["items", "page", "pageSize", "total"], properties.Select(p => p.Key).Order(StringComparer.Ordinal));
                var parameters = get["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
                Assert.Contains("page", parameters);
                Assert.Contains("pageSize", parameters);
                Assert.Contains("400", get["responses"]!.AsObject().Select(r => r.Key));
                paged.Add(path);
            }
        }

        Assert.True(bare.Count == 0, "Unpaged collections: " + string.Join(", ", bare));
        // The case list, the timeline and the audit were paged already; 22 collections answered bare arrays before.
        Assert.True(paged.Count >= 25, $"{paged.Count} paged collections: {string.Join(", ", paged)}");
        Assert.Equal(paged.Order(StringComparer.Ordinal), PagedOperations(document).Select(o => o.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_paged_collection_refuses_a_bad_page_with_one_code_in_the_users_language()
    {
        var document = await DocumentAsync();
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Paging"))).GetProperty("id").GetString();
        var providerId = await ReferralApi.ShelterProviderAsync(app);
        var clients = new Dictionary<string, HttpClient>();
        foreach (var operation in PagedOperations(document))
        {
            var email = operation.Path switch
            {
                var p when p.StartsWith("/api/v1/agencies", StringComparison.Ordinal) || p.StartsWith("/api/v1/users", StringComparison.Ordinal)
                    || p.StartsWith("/api/v1/data-requests", StringComparison.Ordinal) => "admin@demo.test",
                var p when p.StartsWith("/api/v1/audit", StringComparison.Ordinal) => "auditor@demo.test",
                var p when p.StartsWith("/api/v1/focal-point", StringComparison.Ordinal) || p.StartsWith("/api/v1/linkage", StringComparison.Ordinal) => "coordinator@demo.test",
                _ => "ngo@demo.test",
            };
            if (!clients.TryGetValue(email, out var api))
            {
                api = clients[email] = await app.ApiAsAsync(email);
            }

            var url = operation.Path.Replace("{id}", operation.Path.StartsWith("/api/v1/providers", StringComparison.Ordinal) ? providerId : caseId, StringComparison.Ordinal);
            if (operation.Path == "/api/v1/deadlines")
            {
                url += "?due=week";
            }

            var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var ok = await api.GetAsync($"{url}{separator}page=1&pageSize=1");
            Assert.True(ok.StatusCode == HttpStatusCode.OK, $"{url}: {(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync()}");
            var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(1, body.GetProperty("page").GetInt32());
            Assert.Equal(1, body.GetProperty("pageSize").GetInt32());
            Assert.True(body.GetProperty("items").GetArrayLength() <= 1, url);
            Assert.True(body.GetProperty("total").GetInt32() >= body.GetProperty("items").GetArrayLength(), url);

            var defaulted = await api.GetFromJsonAsync<JsonElement>(url);
            Assert.Equal(operation.DefaultSize, defaulted.GetProperty("pageSize").GetInt32());

            foreach (var (query, field) in new[]
            {
                ("pageSize=0", "pageSize"), ($"pageSize={operation.MaxSize + 1}", "pageSize"), ("pageSize=abc", "pageSize"),
                ("page=0", "page"), ("page=-1", "page"), ("page=1.5", "page"), ("page=1&page=2", "page"),
            })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{url}{separator}{query}");
                request.Headers.AcceptLanguage.ParseAdd("fr-FR");
                var refused = await api.SendAsync(request);
                var text = await refused.Content.ReadAsStringAsync();
                Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{url}?{query}: {(int)refused.StatusCode} {text}");
                var problem = JsonDocument.Parse(text).RootElement;
                Assert.Equal("paging.invalid", problem.GetProperty("code").GetString());
                var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
                Assert.Equal(field == "page" ? "La page est un nombre entier à partir de 1." : $"La taille de page est un nombre entier de 1 à {operation.MaxSize}.", message);
            }
        }

        Assert.True(clients.Count >= 4);
    }

    private static string Key(JsonElement item) => item.TryGetProperty("id", out var id) ? id.ToString() : JsonSerializer.Serialize(item);

    /// <summary>
    /// Pages through a collection: the total is <paramref name="expected"/> on every page, a page of one holds one item,
    /// page 2 is not page 1, a page past the end is empty, and every page together holds each item once.
    /// </summary>
    private static async Task AssertPagesAsync(HttpClient api, string url, int expected)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        async Task<(int Total, List<string> Keys)> PageAsync(int page, int size)
        {
            var body = await api.GetFromJsonAsync<JsonElement>($"{url}{separator}page={page}&pageSize={size}");
            Assert.Equal(page, body.GetProperty("page").GetInt32());
            Assert.Equal(size, body.GetProperty("pageSize").GetInt32());
            return (body.GetProperty("total").GetInt32(), [.. body.GetProperty("items").EnumerateArray().Select(Key)]);
        }

        var first = await PageAsync(1, 1);
        Assert.True(expected == first.Total, $"{url}: total {first.Total}, expected {expected}");
        Assert.Equal(Math.Min(1, expected), first.Keys.Count);
        var past = await PageAsync(expected + 1, 1);
        Assert.Equal(expected, past.Total);
        Assert.Empty(past.Keys);
        var all = (await api.GetAllItemsAsync(url)).EnumerateArray().Select(Key).ToList();
        Assert.Equal(expected, all.Count);
        Assert.Equal(expected, all.Distinct().Count());
        if (expected >= 2)
        {
            var second = await PageAsync(2, 1);
            Assert.Equal(expected, second.Total);
            Assert.NotEqual(first.Keys, second.Keys);
            Assert.Equal([.. first.Keys, .. second.Keys], (await PageAsync(1, 2)).Keys);
            Assert.Equal(all.Take(2), [.. first.Keys, .. second.Keys]);
        }
    }

    [Fact]
    public async Task A_case_s_collections_page_what_was_created_with_the_total_counted_in_the_database()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Pages"))).GetProperty("id").GetString()!;
        var id = Guid.Parse(caseId);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = $"Note fictive {i}." })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await AttachmentsApiTests.UploadAsync(ngo, caseId, AttachmentsApiTests.Png, $"piece-{i}.png", "image/png")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal-steps",
            new { kind = "rights-information", on = "2026-03-03", language = "en", interpreter = false, informedBy = "Commissariat fictif" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal-steps", new { kind = "receipt-requested", on = "2026-03-04" })).StatusCode);
        var provider = await ReferralApi.ShelterProviderAsync(app);
        Assert.Equal(HttpStatusCode.Created, (await ReferralApi.ReferAsync(ngo, caseId, provider, ReferralApi.Consent)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ReferralApi.ReferAsync(ngo, caseId, await ReferralApi.ShelterProviderAsync(app), ReferralApi.Consent)).StatusCode);

        await AssertPagesAsync(ngo, $"/api/v1/cases/{caseId}/notes", 3);
        await AssertPagesAsync(ngo, $"/api/v1/cases/{caseId}/attachments", 3);
        await AssertPagesAsync(ngo, $"/api/v1/cases/{caseId}/legal-steps", 2);
        await AssertPagesAsync(ngo, $"/api/v1/cases/{caseId}/referrals", 2);
        Assert.Equal(3, app.WithDb(db => db.Set<CaseNote>().Count(n => n.CaseId == id)));
        Assert.Equal(3, app.WithDb(db => db.Set<CaseAttachment>().Count(a => a.CaseId == id)));
        Assert.Equal(2, app.WithDb(db => db.Set<LegalStepRecord>().Count(s => s.CaseId == id)));
        await AssertPagesAsync(ngo, $"/api/v1/cases/{caseId}/deadlines", app.WithDb(db => db.CaseDeadlines.Count(d => d.CaseId == id)));
        await AssertPagesAsync(ngo, $"/api/v1/cases/{caseId}/timeline", (await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/timeline")).GetProperty("total").GetInt32());
        await AssertPagesAsync(await app.ApiAsAsync("shelter@demo.test"), $"/api/v1/providers/{provider}/capacity-history",
            app.WithDb(db => db.CapacityReports.Count(r => r.ProviderId == Guid.Parse(provider))));
    }

    [Fact]
    public async Task Directories_and_logs_page_every_row_with_the_total_counted_in_the_database()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        await AssertPagesAsync(admin, "/api/v1/users", app.WithDb(db => db.Users.Count()));
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");
        Assert.Equal(Math.Min(50, all.GetProperty("total").GetInt32()), all.GetProperty("items").GetArrayLength());
        var agencies = app.WithDb(db => db.Agencies.Count());
        await AssertPagesAsync(admin, "/api/v1/agencies", agencies);

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/v1/focal-point/enquiries",
                new { country = "BE", authority = "Autorité fictive", subject = $"Demande fictive {i}" })).StatusCode);
        }

        await AssertPagesAsync(coordinator, "/api/v1/focal-point/enquiries", app.WithDb(db => db.Enquiries.Count()));
        await AssertPagesAsync(coordinator, "/api/v1/focal-point/missing-children?status=all", app.WithDb(db => db.MissingEpisodes.Count()));
        await AssertPagesAsync(coordinator, "/api/v1/providers", app.WithDb(db => db.Providers.Count()));
        await AssertPagesAsync(coordinator, "/api/v1/linkage/runs", app.WithDb(db => db.LinkageRuns.Count()));

        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var agencyId = app.WithDb(db => db.Users.AsNoTracking().Single(u => u.Email == "ngo@demo.test").AgencyId);
        var outgoing = app.WithDb(db => db.Referrals.Count(r => r.SentByAgencyId == agencyId));
        Assert.True(outgoing > 0);
        var referrals = await ngo.GetAllItemsAsync("/api/v1/referrals");
        Assert.Equal(outgoing, referrals.GetArrayLength());
        Assert.Equal(outgoing, referrals.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Distinct().Count());
    }
}
