using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Screenings;

[Collection(AppCollection.Name)]
public sealed class ScreeningsApiTests(PasserelleApp app)
{
    private static string[] Codes(Population population, ExploitationList list, params (Dimension Dimension, Strength Strength, int Count)[] picks)
    {
        var indicators = IndicatorCatalogue.Default.For(population, list);
        return picks.SelectMany(p => indicators.In(p.Dimension).Where(i => i.Strength == p.Strength).Take(p.Count).Select(i => i.Code)).ToArray();
    }

    [Fact]
    public async Task Indicators_ListsTheCurrentCatalogue()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/indicators?population=adult&exploitation=labour");
        Assert.Equal(IndicatorCatalogue.DefaultVersion, list.GetProperty("version").GetString());
        var indicators = list.GetProperty("indicators").EnumerateArray().ToList();
        Assert.NotEmpty(indicators);
        Assert.All(indicators, i =>
        {
            Assert.Contains(i.GetProperty("dimension").GetString(), new[] { "deceptive-recruitment", "coercive-recruitment", "recruitment-abuse-of-vulnerability", "exploitative-conditions", "coercion-at-destination", "abuse-of-vulnerability-at-destination" });
            Assert.Contains(i.GetProperty("strength").GetString(), new[] { "strong", "medium", "weak" });
            Assert.False(string.IsNullOrEmpty(i.GetProperty("text").GetString()));
        });
        var bad = await api.GetAsync("/api/v1/indicators?population=elder&exploitation=labour");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task AdultWithAllThreeGroups_IsIndicative_AndTheCaseIsScreened()
    {
        var api = await app.ApiAsAsync("labour@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("Screen"));
        var codes = Codes(Population.Adult, ExploitationList.Labour,
            (Dimension.DeceptiveRecruitment, Strength.Strong, 1), (Dimension.DeceptiveRecruitment, Strength.Medium, 1),
            (Dimension.ExploitativeConditions, Strength.Strong, 1), (Dimension.ExploitativeConditions, Strength.Medium, 1),
            (Dimension.CoercionAtDestination, Strength.Strong, 2));
        var response = await api.PostAsJsonAsync($"/api/v1/cases/{created.GetProperty("id")}/screenings", new { exploitation = "forced-labour", indicators = codes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var screening = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("indicative", screening.GetProperty("verdict").GetString());
        Assert.Equal("adult", screening.GetProperty("population").GetString());
        Assert.Equal(IndicatorCatalogue.DefaultVersion, screening.GetProperty("catalogueVersion").GetString());
        Assert.Equal(6, screening.GetProperty("dimensions").GetArrayLength());
        var conditions = screening.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == "exploitative-conditions");
        Assert.Equal(1, conditions.GetProperty("strong").GetInt32());
        Assert.True(conditions.GetProperty("present").GetBoolean());
        Assert.NotEmpty(screening.GetProperty("explanation").EnumerateArray());

        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.GetProperty("id")}");
        Assert.Equal("screened", read.GetProperty("status").GetString());
        var history = await api.GetAllItemsAsync($"/api/v1/cases/{created.GetProperty("id")}/screenings");
        Assert.Equal("indicative", history[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task DisputedAge_IsScreenedAsAChild_WhereConditionsAlonSuffice()
    {
        var api = await app.ApiAsAsync("childwelfare@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("Child"));
        var codes = Codes(Population.Child, ExploitationList.Sexual, (Dimension.ExploitativeConditions, Strength.Strong, 2));
        var response = await api.PostAsJsonAsync($"/api/v1/cases/{created.GetProperty("id")}/screenings", new { exploitation = "sexual", indicators = codes, ageDisputed = true });
        var screening = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("child", screening.GetProperty("population").GetString());
        Assert.Equal("age-disputed", screening.GetProperty("populationBasis").GetString());
        Assert.Equal("indicative", screening.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task UnknownCodes_CodesFromAnotherList_AndEmptyLists_Are400_AndStoreNothing()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("BadScreen"));
        var url = $"/api/v1/cases/{created.GetProperty("id")}/screenings";
        var labourOnly = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Labour).Indicators
            .Select(i => i.Code).Except(IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual).Indicators.Select(i => i.Code)).FirstOrDefault();

        var unknown = await api.PostAsJsonAsync(url, new { exploitation = "labour", indicators = new[] { "ZZ-99" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("ZZ-99", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var empty = await api.PostAsJsonAsync(url, new { exploitation = "labour", indicators = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var noList = await api.PostAsJsonAsync(url, new { exploitation = "farming", indicators = new[] { "DR-01" } });
        Assert.Equal(HttpStatusCode.BadRequest, noList.StatusCode);
        if (labourOnly is not null)
        {
            var elsewhere = await api.PostAsJsonAsync(url, new { exploitation = "sexual", indicators = new[] { labourOnly } });
            Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
            Assert.Contains(labourOnly, await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var history = await api.GetAllItemsAsync(url);
        Assert.Equal(0, history.GetArrayLength());
        Assert.Equal("registered", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.GetProperty("id")}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Screening_FollowsCaseAccess()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("ScreenScope"));
        var body = new { exploitation = "labour", indicators = Codes(Population.Adult, ExploitationList.Labour, (Dimension.ExploitativeConditions, Strength.Strong, 1)) };
        var other = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/cases/{created.GetProperty("id")}/screenings", body)).StatusCode);
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/cases/{created.GetProperty("id")}/screenings", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/cases/{created.GetProperty("id")}/screenings")).StatusCode);
    }

    [Fact]
    public async Task Coordinator_PublishesANewCatalogueVersion_AndOldScreeningsKeepTheirs()
    {
        // An app of its own: the catalogue it publishes becomes the current one for every later screening.
        await using var own = new PasserelleApp();
        await own.InitializeAsync();
        var ngo = await own.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Versioned"));
        var url = $"/api/v1/cases/{created.GetProperty("id")}/screenings";
        var code = Codes(Population.Adult, ExploitationList.Labour, (Dimension.ExploitativeConditions, Strength.Strong, 1));
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync(url, new { exploitation = "labour", indicators = code })).StatusCode);

        var coordinator = await own.ApiAsAsync("coordinator@demo.test");
        var json = await coordinator.GetStringAsync("/api/v1/indicators/catalogue");
        var version = "test-" + CaseApi.Unique("v");
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["version"] = version;
        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.PostAsync("/api/v1/indicators/catalogue", new StringContent(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        var published = await coordinator.PostAsync("/api/v1/indicators/catalogue", new StringContent(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var again = await coordinator.PostAsync("/api/v1/indicators/catalogue", new StringContent(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var broken = await coordinator.PostAsync("/api/v1/indicators/catalogue", new StringContent("{\"version\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);

        Assert.Equal(version, (await ngo.GetFromJsonAsync<JsonElement>("/api/v1/indicators?population=adult&exploitation=labour")).GetProperty("version").GetString());
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync(url, new { exploitation = "labour", indicators = code })).StatusCode);
        var history = (await ngo.GetAllItemsAsync(url)).EnumerateArray().Select(s => s.GetProperty("catalogueVersion").GetString()).ToList();
        Assert.Equal([version, IndicatorCatalogue.DefaultVersion], history);
    }
}
