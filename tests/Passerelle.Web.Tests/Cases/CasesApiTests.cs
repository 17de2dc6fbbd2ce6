using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Cases;

[Collection(AppCollection.Name)]
public sealed class CasesApiTests(PasserelleApp app)
{
    [Fact]
    public async Task Create_Returns201_WithLocationReferenceAndETag()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var response = await api.PostAsJsonAsync("/api/v1/cases", CaseApi.Body("Rose"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/cases/{created.GetProperty("id")}", response.Headers.Location!.OriginalString);
        Assert.Matches(@"^PAS-\d{4}-\d{6}$", created.GetProperty("reference").GetString());
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal("registered", created.GetProperty("status").GetString());
        Assert.Equal(["sexual-exploitation"], created.GetProperty("exploitationForms").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("female", created.GetProperty("sex").GetString());
    }

    [Fact]
    public async Task References_AreSequentialWithinTheYear()
    {
        var api = await app.ApiAsAsync("police@demo.test");
        var first = (await CaseApi.CreateAsync(api, "Seq1")).GetProperty("reference").GetString()!;
        var second = (await CaseApi.CreateAsync(api, "Seq2")).GetProperty("reference").GetString()!;
        Assert.Equal(int.Parse(first[^6..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(second[^6..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Update_WithCurrentETag_ChangesTheCase_AndBumpsTheVersion()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("Edit"));
        var id = created.GetProperty("id").GetString();
        var get = await api.GetAsync($"/api/v1/cases/{id}");
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(CaseApi.Body("Renamed", "Nouveau NOM")) };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        var response = await api.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Renamed", updated.GetProperty("pseudonym").GetString());
        Assert.Equal("Nouveau NOM", updated.GetProperty("legalName").GetString());
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Update_WithStaleETag_Is412_AndChangesNothing()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("Stale"));
        var id = created.GetProperty("id").GetString();

        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(CaseApi.Body("FirstWriter")) };
        first.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(first)).StatusCode);

        var second = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(CaseApi.Body("SecondWriter")) };
        second.Headers.IfMatch.ParseAdd("\"1\"");
        var response = await api.SendAsync(second);
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);

        var current = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal("FirstWriter", current.GetProperty("pseudonym").GetString());
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Is428()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("NoMatch"));
        var response = await api.PutAsJsonAsync($"/api/v1/cases/{created.GetProperty("id")}", CaseApi.Body("Blind"));
        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task ConcurrentUpdates_OnTheSameVersion_OnlyOneWins()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("Race"));
        var id = created.GetProperty("id").GetString();
        var attempts = Enumerable.Range(0, 6).Select(i =>
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(CaseApi.Body($"Writer{i}")) };
            put.Headers.IfMatch.ParseAdd("\"1\"");
            return api.SendAsync(put);
        });
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, results.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
    }

    [Fact]
    public async Task Search_FindsByReference_Pseudonym_AndExactLegalName()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var pseudonym = CaseApi.Unique("Mésange");
        var legalName = "Éloïse " + CaseApi.Unique("LOREM");
        var created = await CaseApi.CreateAsync(api, pseudonym, legalName);

        async Task<int> CountAsync(string q) =>
            (await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases?q={Uri.EscapeDataString(q)}")).GetProperty("total").GetInt32();

        Assert.Equal(1, await CountAsync(created.GetProperty("reference").GetString()!));
        Assert.Equal(1, await CountAsync(pseudonym.ToUpperInvariant().Replace("É", "E", StringComparison.Ordinal)));
        Assert.Equal(1, await CountAsync(pseudonym[..8].ToLowerInvariant()));
        Assert.Equal(1, await CountAsync("  eloise " + legalName[7..].ToLowerInvariant() + " "));
        Assert.Equal(0, await CountAsync(legalName[..10]));
    }

    [Fact]
    public async Task List_FiltersAndPages()
    {
        var api = await app.ApiAsAsync("labour@demo.test");
        var departement = "2A";
        for (var i = 0; i < 3; i++)
        {
            var body = CaseApi.Body(CaseApi.Unique("Page"), departement: departement);
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/cases", body)).StatusCode);
        }

        var page1 = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases?departement={departement}&form=sexual-exploitation&status=registered&page=1&pageSize=2");
        var page2 = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases?departement={departement}&form=sexual-exploitation&status=registered&page=2&pageSize=2");
        Assert.True(page1.GetProperty("total").GetInt32() >= 3);
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        var ids = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(page1.GetProperty("items").EnumerateArray(), i => Assert.Equal(departement, i.GetProperty("departement").GetString()));

        var none = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases?departement={departement}&form=organ-removal");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("status=unknown", "status")]
    [InlineData("form=slavery", "form")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task List_RefusesBadQueries(string query, string field)
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var response = await api.GetAsync($"/api/v1/cases?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task IdentifyingFields_AreEncryptedAtRest()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var legalName = "Zeynep " + CaseApi.Unique("CIPHERTEST");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("Crypt"), legalName);
        var id = Guid.Parse(created.GetProperty("id").GetString()!);

        var row = app.WithDb(db => db.Cases.AsNoTracking().Single(c => c.Id == id));
        Assert.NotNull(row.ProtectedIdentity);
        Assert.DoesNotContain("CIPHERTEST", row.ProtectedIdentity, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("99 00 12 34", row.ProtectedIdentity, StringComparison.Ordinal);
        var plain = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(row.ProtectedIdentity));
        Assert.DoesNotContain("CIPHERTEST", plain, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^[0-9a-f]{64}$", row.LegalNameIndex!);
    }
}
