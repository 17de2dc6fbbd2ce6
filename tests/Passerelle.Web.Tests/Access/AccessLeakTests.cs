using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Children;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Referrals;

namespace Passerelle.Web.Tests.Access;

/// <summary>The leaks of issue 12, as an outside tester found them: each must stay closed.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessLeakTests(PasserelleApp app)
{
    private static readonly string[] IdentifyingMembers = ["legalName", "dateOfBirth", "phone", "languages", "notes"];

    /// <summary>A case NGO 2 holds in département 13, led by the demo child welfare (which may not read its identity).</summary>
    private async Task<(string Id, string LegalName, HttpClient Holder, HttpClient Lead)> LedCaseAsync()
    {
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);
        var holder = await app.ApiAsAsync("ngo2@demo.test");
        var legalName = "Zorglub Legalname " + CaseApi.Unique("L");
        var response = await holder.PostAsJsonAsync("/api/v1/cases", new
        {
            pseudonym = CaseApi.Unique("Enfant"),
            sex = "male",
            birthYear = 2010,
            ageDisputed = true,
            nationality = "AF",
            exploitationForms = new[] { "forced-criminality" },
            departement = "13",
            detectedOn = "2026-03-02",
            legalName,
            dateOfBirth = "2010-05-06",
            phone = "+33 1 99 00 77 66",
            languages = new[] { "ps", "fa" },
            notes = "Zorglub-Notes fictives.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await ChildCases.PutAsync(holder, $"/api/v1/cases/{id}/child-protection/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);
        return (id, legalName, holder, await app.ApiAsAsync("childwelfare@demo.test"));
    }

    private static async Task AssertIdentityKeptAsync(HttpClient holder, string id, string legalName)
    {
        var read = await holder.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal(legalName, read.GetProperty("legalName").GetString());
        Assert.Equal("2010-05-06", read.GetProperty("dateOfBirth").GetString());
        Assert.Equal("+33 1 99 00 77 66", read.GetProperty("phone").GetString());
        Assert.Equal(["ps", "fa"], read.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Zorglub-Notes fictives.", read.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task LeadAgency_SavingTheCaseThroughTheApi_LeavesTheIdentityUntouched()
    {
        var (id, legalName, holder, lead) = await LedCaseAsync();
        var response = await lead.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var given = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.False(given["identityVisible"]!.GetValue<bool>());
        foreach (var member in IdentifyingMembers)
        {
            Assert.False(given.ContainsKey(member), $"{member} must not reach the lead agency");
        }

        var body = new JsonObject();
        foreach (var member in new[] { "pseudonym", "sex", "birthYear", "estimatedAge", "ageDisputed", "nationality", "exploitationForms", "departement", "detectedOn" })
        {
            if (given[member] is { } value)
            {
                body[member] = value.DeepClone();
            }
        }

        body["pseudonym"] = given["pseudonym"]!.GetValue<string>() + "x";
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.Add(response.Headers.ETag!);
        var saved = await lead.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.DoesNotContain("Zorglub", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertIdentityKeptAsync(holder, id, legalName);
    }

    [Fact]
    public async Task LeadAgency_CannotWriteIdentifyingFieldsItCannotRead()
    {
        var (id, legalName, holder, lead) = await LedCaseAsync();
        var response = await lead.GetAsync($"/api/v1/cases/{id}");
        var given = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var body = new JsonObject
        {
            ["pseudonym"] = given["pseudonym"]!.DeepClone(),
            ["sex"] = given["sex"]!.DeepClone(),
            ["birthYear"] = given["birthYear"]!.DeepClone(),
            ["ageDisputed"] = true,
            ["nationality"] = given["nationality"]!.DeepClone(),
            ["exploitationForms"] = given["exploitationForms"]!.DeepClone(),
            ["departement"] = given["departement"]!.DeepClone(),
            ["detectedOn"] = given["detectedOn"]!.DeepClone(),
            ["legalName"] = "Overwritten Name",
            ["phone"] = "+33 1 00 00 00 00",
        };
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(put)).StatusCode);
        await AssertIdentityKeptAsync(holder, id, legalName);
    }

    [Fact]
    public async Task LeadAgency_SavingTheEditPage_LeavesTheIdentityUntouched()
    {
        var (id, legalName, holder, _) = await LedCaseAsync();
        var pages = await app.PagesAsAsync("childwelfare@demo.test");
        var html = await pages.GetStringAsync($"/Cases/Edit/{id}");
        Assert.DoesNotContain("Zorglub", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.LegalName\"", html, StringComparison.Ordinal);
        var version = System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var saved = await Forms.PostAsync(pages, $"/Cases/Edit/{id}", new Dictionary<string, string>
        {
            ["Form.Pseudonym"] = CaseApi.Unique("Renamed"),
            ["Form.Sex"] = "male",
            ["Form.BirthYear"] = "2010",
            ["Form.AgeDisputed"] = "true",
            ["Form.Nationality"] = "AF",
            ["Form.ExploitationForms"] = "forced-criminality",
            ["Form.Departement"] = "13",
            ["Form.DetectedOn"] = "2026-03-02",
            ["Version"] = version,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await AssertIdentityKeptAsync(holder, id, legalName);
    }

    [Fact]
    public async Task LeadAgency_CannotTestLegalNamesOfCasesItLeads()
    {
        var (_, legalName, holder, lead) = await LedCaseAsync();
        var probe = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/cases?q={Uri.EscapeDataString(legalName)}");
        Assert.Equal(0, probe.GetProperty("total").GetInt32());
        var own = await holder.GetFromJsonAsync<JsonElement>($"/api/v1/cases?q={Uri.EscapeDataString(legalName)}");
        Assert.Equal(1, own.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Coordinator_NeverReceivesTheLanguagesOfAReferredPerson()
    {
        var provider = await ReferralApi.ShelterProviderAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var coordinatorPages = await app.PagesAsAsync("coordinator@demo.test");
        var shelter = await app.ApiAsAsync("shelter@demo.test");
        var referral = await ReferralApi.SentReferralAsync(ngo, provider);

        async Task AssertNoLanguagesAsync()
        {
            var response = await coordinator.GetAsync($"/api/v1/referrals/{referral}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var person = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person");
            Assert.True(ChildCases.Absent(person, "languages") || person.GetProperty("languages").GetArrayLength() == 0);
            var page = await coordinatorPages.GetStringAsync($"/Referrals/Details/{referral}");
            Assert.DoesNotContain(", yo", page, StringComparison.Ordinal);
        }

        await AssertNoLanguagesAsync();
        Assert.Contains("yo", (await shelter.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referral}")).GetProperty("person").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("yo", (await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referral}")).GetProperty("person").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await shelter.PostAsync($"/api/v1/referrals/{referral}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shelter.PostAsJsonAsync($"/api/v1/referrals/{referral}/complete", new { reason = "Fin (fictif)" })).StatusCode);
        await AssertNoLanguagesAsync();
    }

    [Fact]
    public async Task ProbingAnotherAgencysCase_IsAudited_WithTheSameAnswerAsAnUnknownId()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Probed"))).GetProperty("id").GetGuid();
        var unknown = Guid.NewGuid();
        var police = await app.ApiAsAsync("police@demo.test");

        var existing = await police.GetAsync($"/api/v1/cases/{id}");
        var missing = await police.GetAsync($"/api/v1/cases/{unknown}");
        Assert.Equal(HttpStatusCode.NotFound, existing.StatusCode);
        Assert.Equal(missing.StatusCode, existing.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await existing.Content.ReadAsStringAsync());
        Assert.Equal(missing.Content.Headers.ContentType?.ToString(), existing.Content.Headers.ContentType?.ToString());

        var pages = await app.PagesAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/Cases/Details/{id}")).StatusCode);

        var refused = app.WithDb(db => db.AuditEntries.Where(e => e.EventType == AuditEventType.AccessRefused && e.UserEmail == "police@demo.test").ToList());
        Assert.Equal(2, refused.Count(e => e.CaseId == id));
        Assert.Contains(refused, e => e.CaseId == null && e.Details!.Contains(unknown.ToString(), StringComparison.Ordinal));
        Assert.All(refused.Where(e => e.CaseId == id), e => Assert.Contains("status=404", e.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AForbiddenCall_IsAudited()
    {
        var statistician = await app.ApiAsAsync("statistician@demo.test");
        var before = app.WithDb(db => db.AuditEntries.Count(e => e.EventType == AuditEventType.AccessRefused && e.UserEmail == "statistician@demo.test"));
        Assert.Equal(HttpStatusCode.Forbidden, (await statistician.GetAsync("/api/v1/cases")).StatusCode);
        var entry = app.WithDb(db => db.AuditEntries.Where(e => e.EventType == AuditEventType.AccessRefused && e.UserEmail == "statistician@demo.test")
            .OrderByDescending(e => e.Sequence).First());
        Assert.Equal(before + 1, app.WithDb(db => db.AuditEntries.Count(e => e.EventType == AuditEventType.AccessRefused && e.UserEmail == "statistician@demo.test")));
        Assert.Contains("status=403", entry.Details, StringComparison.Ordinal);
        Assert.Contains("/api/v1/cases", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListingUsers_IsAudited_ByApiAndPage()
    {
        int Listed() => app.WithDb(db => db.AuditEntries.Count(e => e.EventType == AuditEventType.UsersListed && e.UserEmail == "admin@demo.test"));
        var before = Listed();
        var admin = await app.ApiAsAsync("admin@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(before + 1, Listed());
        var pages = await app.PagesAsAsync("admin@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/Users")).StatusCode);
        Assert.Equal(before + 2, Listed());
    }
}
