using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Deadlines;

/// <summary>
/// Legal review D12 (APS, CESEDA L.425-4, and exit pathway, CASF L.121-9, for prostitution cases only) and D13 (the
/// L.425-1 card for a minor from 16, CESEDA R.425-5), through the rights API, in the user's language.
/// </summary>
[Collection(DeadlinesCollection.Name)]
public sealed class RightsEligibilityApiTests(DeadlinesApp app)
{
    private static async Task<HttpResponseMessage> PutAsync(HttpClient api, string url, string part, object body)
    {
        var etag = (await api.GetAsync($"{url}/{part}")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Put, $"{url}/{part}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        return await api.SendAsync(request);
    }

    private async Task<(HttpClient Ngo, string Url)> NewCaseAsync(string form, int birthYear)
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await ngo.PostAsJsonAsync("/api/v1/cases", new
        {
            pseudonym = CaseApi.Unique("Droits"),
            sex = "male",
            birthYear,
            nationality = "RO",
            exploitationForms = new[] { form },
            departement = "93",
            detectedOn = "2026-03-02",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (ngo, $"/api/v1/cases/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id")}");
    }

    private static readonly object ApsAndExit = new
    {
        provisionalAuthorisations = new[] { new { grantedOn = "2026-03-10" } },
        exitPathwayApplications = new[] { new { appliedOn = "2026-03-12", decidedOn = "2026-04-01", authorised = true } },
    };

    [Fact]
    public async Task ApsAndExitPathway_AreRefusedOnALabourCase_InFrench_UntilProcuringIsCharged()
    {
        var (ngo, url) = await NewCaseAsync("forced-labour", 1990);

        var refused = await PutAsync(ngo, url, "rights", ApsAndExit);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var aps = errors.GetProperty("provisionalAuthorisations[0].grantedOn")[0].GetString()!;
        var exit = errors.GetProperty("exitPathwayApplications[0].appliedOn")[0].GetString()!;
        Assert.Contains("CESEDA L.425-4", aps, StringComparison.Ordinal);
        Assert.Contains("proxénétisme", aps, StringComparison.Ordinal); // the ngo user reads French
        Assert.Contains("CASF L.121-9", exit, StringComparison.Ordinal);
        Assert.Equal(0, (await ngo.GetFromJsonAsync<JsonElement>($"{url}/rights")).GetProperty("version").GetInt32());

        // Trafficking for labour charged: still no APS. Procuring charged (225-5): the APS and the pathway open.
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(ngo, url, "proceedings", new { offencesCharged = new[] { "225-4-1" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(ngo, url, "rights", ApsAndExit)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(ngo, url, "proceedings", new { offencesCharged = new[] { "225-4-1", "225-5" } })).StatusCode);
        var saved = await PutAsync(ngo, url, "rights", ApsAndExit);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Single((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("provisionalAuthorisations").EnumerateArray());
    }

    [Fact]
    public async Task ApsAndExitPathway_AreAcceptedOnASexualExploitationCase()
    {
        var (ngo, url) = await NewCaseAsync("sexual-exploitation", 1995);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(ngo, url, "rights", ApsAndExit)).StatusCode);
    }

    [Fact]
    public async Task VictimPermit_IsRefusedUnder16_AndRecordedFrom16()
    {
        // Born in 2011: at most 15 throughout 2026, possibly 16 from 1 January 2027 (the doubt benefits the person).
        var (ngo, url) = await NewCaseAsync("sexual-exploitation", 2011);
        var refused = await PutAsync(ngo, url, "rights", new { residencePermits = new[] { new { kind = "first", issuedOn = "2026-05-04" } } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("residencePermits[0].issuedOn")[0].GetString()!;
        Assert.Contains("R.425-5", message, StringComparison.Ordinal);
        Assert.Contains("16 ans", message, StringComparison.Ordinal);

        var (older, olderUrl) = await NewCaseAsync("sexual-exploitation", 2009);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(older, olderUrl, "rights", new { residencePermits = new[] { new { kind = "first", issuedOn = "2026-05-04", minorDeclaration = "work" } } })).StatusCode);
    }

    // D13: CESEDA R.425-5 (seed ¶42): the card goes to a minor of 16 or 17 "who declares that they wish to exercise a
    // salaried professional activity or follow professional training": the declaration is recorded, and required.
    [Fact]
    public async Task VictimPermit_ForAMinor_NeedsTheDeclarationOfWishingToWorkOrTrain_CesedaR425_5()
    {
        // Born in 2009: at most 17 throughout 2026, certainly a minor.
        var (ngo, url) = await NewCaseAsync("sexual-exploitation", 2009);
        var missing = await PutAsync(ngo, url, "rights", new { residencePermits = new[] { new { kind = "first", issuedOn = "2026-05-04" } } });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var message = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("residencePermits[0].minorDeclaration")[0].GetString()!;
        Assert.Contains("R.425-5", message, StringComparison.Ordinal);
        Assert.Contains("formation", message, StringComparison.Ordinal);

        var recorded = await PutAsync(ngo, url, "rights", new { residencePermits = new[] { new { kind = "first", issuedOn = "2026-05-04", minorDeclaration = "training" } } });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var permit = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("residencePermits")[0];
        Assert.Equal("training", permit.GetProperty("minorDeclaration").GetString());

        // Born in 2008: 17 or 18 on 4 May 2026; the doubt benefits the person, no declaration is asked.
        var (maybeAdult, maybeAdultUrl) = await NewCaseAsync("sexual-exploitation", 2008);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(maybeAdult, maybeAdultUrl, "rights", new { residencePermits = new[] { new { kind = "first", issuedOn = "2026-05-04" } } })).StatusCode);

        // An adult makes no minor's declaration.
        var (adult, adultUrl) = await NewCaseAsync("sexual-exploitation", 1990);
        var adultDeclared = await PutAsync(adult, adultUrl, "rights", new { residencePermits = new[] { new { kind = "first", issuedOn = "2026-05-04", minorDeclaration = "work" } } });
        Assert.Equal(HttpStatusCode.BadRequest, adultDeclared.StatusCode);
        Assert.True((await adultDeclared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("residencePermits[0].minorDeclaration", out _));
    }

    // D14: Saint-Martin and Saint-Barthélemy (prefecture of Guadeloupe) are registrable, with their abolition days.
    [Fact]
    public async Task SaintMartin_And_SaintBarthelemy_AreRegistered_AndCountTheirOwnHolidays()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await ngo.PostAsJsonAsync("/api/v1/cases", CaseApi.Body(CaseApi.Unique("Marigot"), departement: "978"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("978", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("departement").GetString());

        async Task<string?> DueAsync(string departement) =>
            (await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/deadlines/calculate?rule=reflection-period&from=2026-09-09&departement={departement}"))
                .GetProperty("dueOn").GetString();
        Assert.Equal("2026-10-12", await DueAsync("977")); // 9 October, Saint-Barthélemy's abolition day
        Assert.Equal("2026-10-09", await DueAsync("978"));
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.GetAsync("/api/v1/deadlines/calculate?rule=reflection-period&from=2026-09-09&departement=979")).StatusCode);
    }
}
