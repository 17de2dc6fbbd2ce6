using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Access;

/// <summary>Every cell of the foundation issue's role table, through the API.</summary>
[Collection(AppCollection.Name)]
public sealed class RoleMatrixTests(PasserelleApp app)
{
    public static TheoryData<string, HttpStatusCode> ListCases => new()
    {
        { "police@demo.test", HttpStatusCode.OK },
        { "ngo@demo.test", HttpStatusCode.OK },
        { "coordinator@demo.test", HttpStatusCode.OK },
        { "statistician@demo.test", HttpStatusCode.Forbidden },
        { "auditor@demo.test", HttpStatusCode.Forbidden },
        { "admin@demo.test", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(ListCases))]
    public async Task ListingCases_FollowsTheRole(string email, HttpStatusCode expected)
    {
        var api = await app.ApiAsAsync(email);
        Assert.Equal(expected, (await api.GetAsync("/api/v1/cases")).StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> CreateCase => new()
    {
        { "police@demo.test", HttpStatusCode.Created },
        { "ngo@demo.test", HttpStatusCode.Created },
        { "labour@demo.test", HttpStatusCode.Created },
        { "childwelfare@demo.test", HttpStatusCode.Created },
        { "coordinator@demo.test", HttpStatusCode.Forbidden },
        { "statistician@demo.test", HttpStatusCode.Forbidden },
        { "auditor@demo.test", HttpStatusCode.Forbidden },
        { "admin@demo.test", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(CreateCase))]
    public async Task RegisteringACase_FollowsTheRole(string email, HttpStatusCode expected)
    {
        var api = await app.ApiAsAsync(email);
        var response = await api.PostAsJsonAsync("/api/v1/cases", CaseApi.Body(CaseApi.Unique("Matrix")));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task CaseWorker_SeesOwnAgencyCaseWithIdentity()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Own"), "Aya PROIDENT-TEST");
        var read = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.GetProperty("id")}");
        Assert.True(read.GetProperty("identityVisible").GetBoolean());
        Assert.Equal("Aya PROIDENT-TEST", read.GetProperty("legalName").GetString());
        Assert.Equal("+33 1 99 00 12 34", read.GetProperty("phone").GetString());
    }

    [Theory]
    [InlineData("ngo2@demo.test")]
    [InlineData("police@demo.test")]
    [InlineData("labour@demo.test")]
    [InlineData("childwelfare@demo.test")]
    public async Task OtherAgencyCase_AnswersNotFound_ForReadAndWrite(string otherAgency)
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Hidden"));
        var id = created.GetProperty("id").GetString();

        var other = await app.ApiAsAsync(otherAgency);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(CaseApi.Body("Stolen")) };
        put.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.NotFound, (await other.SendAsync(put)).StatusCode);

        var page = await other.GetFromJsonAsync<JsonElement>($"/api/v1/cases?q={created.GetProperty("reference").GetString()}");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CaseList_ShowsOnlyOwnAgency()
    {
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        await CaseApi.CreateAsync(ngo2, CaseApi.Unique("Ngo2Case"));
        var page = await ngo2.GetFromJsonAsync<JsonElement>("/api/v1/cases?pageSize=100");
        var agencies = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("agencyName").GetString()).Distinct().ToList();
        Assert.Equal(["Collectif Horizon Démo (fictif)"], agencies);
    }

    [Fact]
    public async Task Coordinator_SeesEveryCase_PseudonymisedAndReadOnly()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Coord"), "Ioana DOLOR-TEST");
        var id = created.GetProperty("id").GetString();

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var response = await coordinator.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var read = JsonDocument.Parse(json).RootElement;
        Assert.False(read.GetProperty("identityVisible").GetBoolean());
        foreach (var field in new[] { "legalName", "dateOfBirth", "phone", "languages", "notes" })
        {
            Assert.False(read.TryGetProperty(field, out _), $"{field} must not reach the coordinator");
        }

        Assert.DoesNotContain("DOLOR", json, StringComparison.Ordinal);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(CaseApi.Body("Changed")) };
        put.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.SendAsync(put)).StatusCode);

        var all = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cases?pageSize=100");
        Assert.True(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("agencyName").GetString()).Distinct().Count() >= 3);
    }

    [Fact]
    public async Task Coordinator_CannotFindAPersonByLegalName()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var legalName = "Oracle " + CaseApi.Unique("NAME");
        await CaseApi.CreateAsync(ngo, CaseApi.Unique("Probe"), legalName);
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var page = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/cases?q={Uri.EscapeDataString(legalName)}");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
        var own = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases?q={Uri.EscapeDataString(legalName.ToLowerInvariant())}");
        Assert.Equal(1, own.GetProperty("total").GetInt32());
    }

    public static TheoryData<string, HttpStatusCode> ReadAudit => new()
    {
        { "auditor@demo.test", HttpStatusCode.OK },
        { "police@demo.test", HttpStatusCode.Forbidden },
        { "ngo@demo.test", HttpStatusCode.Forbidden },
        { "coordinator@demo.test", HttpStatusCode.Forbidden },
        { "statistician@demo.test", HttpStatusCode.Forbidden },
        { "admin@demo.test", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(ReadAudit))]
    public async Task ReadingTheAudit_IsForAuditorsOnly(string email, HttpStatusCode expected)
    {
        var api = await app.ApiAsAsync(email);
        Assert.Equal(expected, (await api.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(expected, (await api.GetAsync("/api/v1/audit/verify")).StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> Administer => new()
    {
        { "admin@demo.test", HttpStatusCode.OK },
        { "police@demo.test", HttpStatusCode.Forbidden },
        { "ngo@demo.test", HttpStatusCode.Forbidden },
        { "coordinator@demo.test", HttpStatusCode.Forbidden },
        { "statistician@demo.test", HttpStatusCode.Forbidden },
        { "auditor@demo.test", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Administer))]
    public async Task UsersAndAgencies_AreForAdministratorsOnly(string email, HttpStatusCode expected)
    {
        var api = await app.ApiAsAsync(email);
        Assert.Equal(expected, (await api.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(expected, (await api.GetAsync("/api/v1/agencies")).StatusCode);
    }

    [Theory]
    [InlineData("ngo@demo.test", "/Cases", HttpStatusCode.OK)]
    [InlineData("coordinator@demo.test", "/Cases", HttpStatusCode.OK)]
    [InlineData("statistician@demo.test", "/Cases", HttpStatusCode.Redirect)]
    [InlineData("auditor@demo.test", "/Cases", HttpStatusCode.Redirect)]
    [InlineData("admin@demo.test", "/Cases", HttpStatusCode.Redirect)]
    [InlineData("coordinator@demo.test", "/Cases/New", HttpStatusCode.Redirect)]
    [InlineData("police@demo.test", "/Cases/New", HttpStatusCode.OK)]
    [InlineData("auditor@demo.test", "/Audit", HttpStatusCode.OK)]
    [InlineData("ngo@demo.test", "/Audit", HttpStatusCode.Redirect)]
    [InlineData("admin@demo.test", "/Users", HttpStatusCode.OK)]
    [InlineData("admin@demo.test", "/Agencies", HttpStatusCode.OK)]
    [InlineData("ngo@demo.test", "/Users", HttpStatusCode.Redirect)]
    [InlineData("coordinator@demo.test", "/Agencies", HttpStatusCode.Redirect)]
    public async Task Pages_FollowTheSameRules(string email, string path, HttpStatusCode expected)
    {
        var pages = await app.PagesAsAsync(email);
        var response = await pages.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OtherAgencyCasePage_AnswersNotFound()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("PageHidden"));
        var police = await app.PagesAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/Cases/Details/{created.GetProperty("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/Cases/Edit/{created.GetProperty("id")}")).StatusCode);
        var coordinator = await app.PagesAsAsync("coordinator@demo.test");
        var html = await coordinator.GetStringAsync($"/Cases/Details/{created.GetProperty("id")}");
        Assert.DoesNotContain("+33 1 99 00 12 34", html, StringComparison.Ordinal);
    }
}
