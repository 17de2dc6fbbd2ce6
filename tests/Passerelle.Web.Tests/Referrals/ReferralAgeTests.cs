using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Children;
using Passerelle.Web.Tests.Infrastructure;
using static Passerelle.Web.Tests.Referrals.ReferralApi;

namespace Passerelle.Web.Tests.Referrals;

/// <summary>Referrals and screening ask the same question as the child mechanism: age assessments first, then the presumption.</summary>
[Collection(AppCollection.Name)]
public sealed class ReferralAgeTests(PasserelleApp app)
{
    private static Task<JsonElement> AssessAsync(HttpClient api, string caseId, string method, string result) =>
        ChildCases.PostAsync(api, $"/api/v1/cases/{caseId}/child-protection/age-assessments", new { on = "2026-03-10", method, result }, HttpStatusCode.OK);

    [Fact]
    public async Task DisputedAge_ConclusivelyAssessedAdult_NeedsConsent()
    {
        var provider = await ShelterProviderAsync(app, children: true);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = await ChildCaseAsync(ngo);

        // A bone examination alone cannot establish adulthood (Code civil art. 388): still presumed a child.
        await AssessAsync(ngo, caseId, "bone-examination", "adult");
        var presumed = await ReferAsync(ngo, caseId, provider, consent: null);
        Assert.Equal(HttpStatusCode.Created, presumed.StatusCode);
        Assert.Equal("child", (await presumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("population").GetString());

        await AssessAsync(ngo, caseId, "social-evaluation", "adult");
        var refused = await ReferAsync(ngo, caseId, provider, consent: null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("consent", out _));

        var sent = await ReferAsync(ngo, caseId, provider, Consent);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Equal("adult", (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("population").GetString());
    }

    [Fact]
    public async Task AssessedMinor_IsReferredAsAChild_WithoutConsent()
    {
        var provider = await ShelterProviderAsync(app, children: true);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Mineure"))).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, (await ReferAsync(ngo, caseId, provider, consent: null)).StatusCode);

        await AssessAsync(ngo, caseId, "judicial-decision", "minor");
        var sent = await ReferAsync(ngo, caseId, provider, consent: null);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var view = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("child", view.GetProperty("population").GetString());
        Assert.True(view.GetProperty("awaitsGuardianNotice").GetBoolean());
    }

    [Fact]
    public async Task Screening_AfterAConclusiveAdultAssessment_UsesTheAdultLists()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = await ChildCaseAsync(ngo);
        await AssessAsync(ngo, caseId, "social-evaluation", "adult");

        var indicators = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual);
        var codes = indicators.In(Dimension.ExploitativeConditions).Take(1).Select(i => i.Code).ToArray();
        var response = await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/screenings", new { exploitation = "sexual", indicators = codes, ageDisputed = true });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var screening = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("adult", screening.GetProperty("population").GetString());
        Assert.Equal("age-assessed", screening.GetProperty("populationBasis").GetString());
    }
}
