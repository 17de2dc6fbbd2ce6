using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Qualification;

[Collection(AppCollection.Name)]
public sealed class QualificationApiTests(PasserelleApp app)
{
    private static readonly object ChildInProstitution = new
    {
        ageAtFacts = 16,
        acts = new[] { "recruit", "harbour" },
        means = new[] { "deception" },
        purposes = new[] { "procuring" },
        consented = true,
        borderCrossed = false,
        aggravating = new[] { "organised-group" },
        charged = new[] { "225-5" },
        compelledOffences = new[] { "theft" },
    };

    [Fact]
    public async Task Advice_SaysTraffickingAndRaisesTheWarnings()
    {
        var api = await app.ApiAsAsync("police@demo.test");
        var response = await api.PostAsJsonAsync("/api/v1/qualification", ChildInProstitution);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var advice = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(advice.GetProperty("trafficking").GetBoolean());
        Assert.Equal(0, advice.GetProperty("missingElements").GetArrayLength());
        var codes = advice.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Contains("consent-irrelevant", codes);
        Assert.Contains("no-border-crossing-required", codes);
        Assert.Contains("pimping-charged-where-trafficking", codes);
        Assert.Contains("child-prostitution-is-trafficking", codes);
        Assert.Contains("non-punishment", codes);
        Assert.True(advice.GetProperty("penalty").GetProperty("years").GetInt32() >= 10);
    }

    [Fact]
    public async Task Advice_NamesTheMissingElement_AndSpeaksTheUsersLanguage()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var adultWithoutMeans = new { ageAtFacts = 30, acts = new[] { "transport" }, purposes = new[] { "forced-labour" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/qualification") { Content = JsonContent.Create(adultWithoutMeans) };
        var advice = await (await api.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(advice.GetProperty("trafficking").GetBoolean());
        Assert.Equal(["means"], advice.GetProperty("missingElements").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("{\"acts\":[\"kidnap\"]}", "acts")]
    [InlineData("{\"ageAtFacts\":-1}", "ageAtFacts")]
    [InlineData("{\"means\":\"force\"}", "means")]
    public async Task BadFacts_Are400(string body, string field)
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var response = await api.PostAsync("/api/v1/qualification", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task AdviceStoredWithTheCase_IsScopedAndAudited()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Qualified"));
        var url = $"/api/v1/cases/{created.GetProperty("id")}/qualification";
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync(url, ChildInProstitution)).StatusCode);
        var stored = await ngo.GetAllItemsAsync(url);
        Assert.Equal(1, stored.GetArrayLength());
        Assert.Equal(16, stored[0].GetProperty("facts").GetProperty("ageAtFacts").GetInt32());

        var other = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(url, ChildInProstitution)).StatusCode);

        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var entries = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?caseId={created.GetProperty("id")}");
        Assert.Contains(entries.GetProperty("items").EnumerateArray(), e => e.GetProperty("eventCode").GetInt32() == 1130);
    }
}
