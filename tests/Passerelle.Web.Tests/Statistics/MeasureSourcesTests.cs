using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Referrals;

namespace Passerelle.Web.Tests.Statistics;

/// <summary>The measures other features feed: a referral accepted by a shelter, rights granted, a missing child.</summary>
[Collection(AppCollection.Name)]
public sealed class MeasureSourcesTests(PasserelleApp app)
{
    private StatisticsCaseRow RowOf(string caseId) =>
        app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Single(r => r.CaseId == Guid.Parse(caseId)));

    [Fact]
    public async Task A_conclusive_age_assessment_decides_whether_a_disputed_age_counts_as_a_child()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = await ReferralApi.ChildCaseAsync(ngo); // estimated 16, age disputed
        Assert.Equal(("child", "15-17"), (RowOf(caseId).ChildOrAdult, RowOf(caseId).AgeGroup));

        // A bone examination alone never establishes adulthood: still a child.
        await AssessAsync(ngo, caseId, "2026-03-10", "bone-examination", "adult");
        Assert.Equal("child", RowOf(caseId).ChildOrAdult);

        await AssessAsync(ngo, caseId, "2026-03-12", "social-evaluation", "adult");
        Assert.Equal(("adult", "18-24"), (RowOf(caseId).ChildOrAdult, RowOf(caseId).AgeGroup));

        // A judge later finds a minor: the latest conclusive assessment decides.
        await AssessAsync(ngo, caseId, "2026-04-02", "judicial-decision", "minor");
        Assert.Equal(("child", "15-17"), (RowOf(caseId).ChildOrAdult, RowOf(caseId).AgeGroup));
    }

    private static async Task AssessAsync(HttpClient api, string caseId, string on, string method, string result)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/child-protection/age-assessments", new { on, method, result });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_accepted_shelter_referral_counts_the_person_as_assisted_and_sheltered_and_completing_it_keeps_them_counted()
    {
        var provider = await ReferralApi.ShelterProviderAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var referral = await ReferralApi.SentReferralAsync(ngo, provider);
        var caseId = (await ngo.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/referrals/{referral}")).GetProperty("referral").GetProperty("caseId").GetString()!;
        Assert.False(RowOf(caseId).Assisted);

        var shelter = await app.ApiAsAsync("shelter@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await shelter.PostAsync($"/api/v1/referrals/{referral}/accept", null)).StatusCode);
        Assert.True(RowOf(caseId).Assisted);
        Assert.True(RowOf(caseId).Sheltered);

        Assert.Equal(HttpStatusCode.OK, (await shelter.PostAsync($"/api/v1/referrals/{referral}/complete", null)).StatusCode);
        Assert.True(RowOf(caseId).Sheltered);
    }

    [Fact]
    public async Task Rights_count_as_reflection_period_first_permit_aps_and_exit_pathway_entry()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Droits"), null)).GetProperty("id").GetString()!;
        var url = $"/api/v1/cases/{caseId}/rights";
        var row = RowOf(caseId);
        Assert.False(row.ReflectionPeriods || row.ResidencePermits || row.Aps || row.ExitPathway);

        var request = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(new
            {
                prefectureReceiptOn = "2026-03-05",
                residencePermits = new[] { new { kind = "first", issuedOn = "2026-04-20" } },
                provisionalAuthorisations = new[] { new { grantedOn = "2026-03-10" } },
                exitPathwayApplications = new[] { new { appliedOn = "2026-03-12", decidedOn = "2026-04-01", authorised = true } },
            }),
        };
        request.Headers.IfMatch.ParseAdd((await ngo.GetAsync(url)).Headers.ETag!.Tag);
        var saved = await ngo.SendAsync(request);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        row = RowOf(caseId);
        Assert.True(row.ReflectionPeriods);
        Assert.True(row.ResidencePermits);
        Assert.True(row.ResidencePermitsFirst);
        Assert.False(row.ResidencePermitsRenewal);
        Assert.True(row.Aps);
        Assert.True(row.ExitPathway);
    }

    [Fact]
    public async Task The_means_of_recruitment_is_recorded_on_the_case_and_disaggregates_the_statistics()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var body = new
        {
            pseudonym = CaseApi.Unique("Recrutee"),
            sex = "female",
            birthYear = 2004,
            nationality = "NG",
            exploitationForms = new[] { "sexual-exploitation" },
            recruitmentMeans = "online-social-network",
            departement = "75",
            detectedOn = "2026-03-02",
        };
        var created = await ngo.PostAsJsonAsync("/api/v1/cases", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("online-social-network", view.GetProperty("recruitmentMeans").GetString());
        Assert.Equal("online-social-network", RowOf(view.GetProperty("id").GetString()!).RecruitmentMeans);

        var refused = await ngo.PostAsJsonAsync("/api/v1/cases", body with { recruitmentMeans = "carrier-pigeon" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var page = await (await app.PagesAsAsync("ngo@demo.test")).GetStringAsync($"/Cases/Details/{view.GetProperty("id").GetString()}");
        Assert.Contains("Réseau social ou messagerie", page, StringComparison.Ordinal);
    }
}
