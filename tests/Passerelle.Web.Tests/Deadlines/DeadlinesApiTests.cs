using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Deadlines;

[Collection(DeadlinesCollection.Name)]
public sealed class DeadlinesApiTests(DeadlinesApp app)
{
    private static async Task<HttpResponseMessage> PutRightsAsync(HttpClient api, string caseUrl, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{caseUrl}/rights") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        return await api.SendAsync(request);
    }

    private static async Task<string> ETagAsync(HttpClient api, string caseUrl) =>
        (await api.GetAsync($"{caseUrl}/rights")).Headers.ETag!.Tag;

    private static async Task<JsonElement?> DeadlineAsync(HttpClient api, string caseUrl, string rule) =>
        (await api.GetAllItemsAsync($"{caseUrl}/deadlines")).EnumerateArray()
            .Where(d => d.GetProperty("rule").GetString() == rule).Select(d => (JsonElement?)d).FirstOrDefault();

    private static async Task<List<string>> DueReferencesAsync(HttpClient api, string due) =>
        [.. (await api.GetAllItemsAsync($"/api/v1/deadlines?due={due}")).EnumerateArray().Select(d => d.GetProperty("caseReference").GetString()!)];

    private async Task<(HttpClient Ngo, string Url, string Reference)> NewCaseAsync(string? legalName = null)
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Rights"), legalName);
        return (ngo, $"/api/v1/cases/{created.GetProperty("id")}", created.GetProperty("reference").GetString()!);
    }

    [Fact]
    public async Task Calculator_AnswersTheDueDate_AndNamesEveryBadField()
    {
        var api = await app.ApiAsAsync("statistician@demo.test");
        var answer = await api.GetStringAsync("/api/v1/deadlines/calculate?rule=rg-decision&from=2026-04-02&departement=67");
        Assert.Equal("""{"rule":"rg-decision","from":"2026-04-02","dueOn":"2026-04-13"}""", answer);

        // Without Alsace-Moselle's Good Friday, the same request is due a day earlier in Paris.
        var paris = await api.GetFromJsonAsync<JsonElement>("/api/v1/deadlines/calculate?rule=rg-decision&from=2026-04-02&departement=75");
        Assert.Equal("2026-04-10", paris.GetProperty("dueOn").GetString());

        var reflection = await api.GetFromJsonAsync<JsonElement>("/api/v1/deadlines/calculate?rule=reflection-period&from=2026-05-01&departement=93");
        Assert.Equal("2026-06-01", reflection.GetProperty("dueOn").GetString());

        // CPP 706-5: three years from the offence; after a prosecution, not before a year after the final decision;
        // from majority for a minor victim; moved to the next working day (CPP 801). The département is optional.
        async Task<string?> DueAsync(string query) =>
            (await api.GetFromJsonAsync<JsonElement>($"/api/v1/deadlines/calculate?{query}")).GetProperty("dueOn").GetString();
        Assert.Equal(
            """{"rule":"civi-claim-limit","from":"2023-05-10","dueOn":"2026-05-11"}""",
            await api.GetStringAsync("/api/v1/deadlines/calculate?rule=civi-claim-limit&from=2023-05-10"));
        Assert.Equal("2024-06-03", await DueAsync("rule=civi-claim-limit&from=2020-01-15&finalDecisionOn=2023-06-01"));
        Assert.Equal("2027-03-04", await DueAsync("rule=civi-claim-limit&from=2024-03-04&finalDecisionOn=2024-09-02&departement=75"));
        Assert.Equal("2031-07-21", await DueAsync("rule=civi-claim-limit&from=2024-02-01&victimBirthDate=2010-07-20"));

        // CPP 706-164: six months from the day the decision became final.
        Assert.Equal("2026-10-05", await DueAsync("rule=agrasc-claim-limit&from=2026-04-04"));

        foreach (var (query, field) in new[]
        {
            ("rule=civi-claim-limit&from=9999-12-31", "from"),
            ("rule=aps-expiry&from=9999-12-31&departement=75", "from"),
            ("rule=civi-claim-limit&from=2024-03-04&finalDecisionOn=2024-01-01", "finalDecisionOn"),
            ("rule=civi-claim-limit&from=2024-03-04&victimBirthDate=2025-01-01", "victimBirthDate"),
            ("rule=civi-claim-limit&from=2024-03-04&victimBirthDate=01/01/2010", "victimBirthDate"),
            ("rule=rg-decision&from=2024-03-04&departement=75&finalDecisionOn=2025-01-01", "finalDecisionOn"),
            ("rule=soon&from=2026-04-02&departement=67", "rule"),
            ("rule=exit-pathway-commission&from=2026-04-02&departement=67", "rule"),
            ("rule=rg-decision&from=2026-02-30&departement=67", "from"),
            ("rule=rg-decision&from=02/04/2026&departement=67", "from"),
            ("rule=rg-decision&from=2026-04-02&departement=99", "departement"),
            ("rule=rg-decision&from=2026-04-02", "departement"),
        })
        {
            var response = await api.GetAsync($"/api/v1/deadlines/calculate?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), $"{query}: {errors}");
        }
    }

    [Fact]
    public async Task PrefectureReceipt_DerivesTheReflectionPeriod_AndMovesItWhenChanged()
    {
        var (ngo, url, reference) = await NewCaseAsync();
        Assert.Null(await DeadlineAsync(ngo, url, "reflection-period"));
        Assert.Equal("\"0\"", await ETagAsync(ngo, url));

        var saved = await PutRightsAsync(ngo, url, new { prefectureReceiptOn = "2026-06-01" }, "\"0\"");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var reflection = await DeadlineAsync(ngo, url, "reflection-period");
        Assert.Equal("2026-07-01", reflection!.Value.GetProperty("dueOn").GetString());
        Assert.Equal("upcoming", reflection.Value.GetProperty("status").GetString());
        Assert.Equal(16, reflection.Value.GetProperty("daysLeft").GetInt32());
        Assert.DoesNotContain(reference, await DueReferencesAsync(ngo, "week"));

        // Received on 20 May: the period ends on Friday 19 June, this week.
        Assert.Equal(HttpStatusCode.OK, (await PutRightsAsync(ngo, url, new { prefectureReceiptOn = "2026-05-20" }, await ETagAsync(ngo, url))).StatusCode);
        Assert.Equal("2026-06-19", (await DeadlineAsync(ngo, url, "reflection-period"))!.Value.GetProperty("dueOn").GetString());
        Assert.Contains(reference, await DueReferencesAsync(ngo, "week"));
        Assert.DoesNotContain(reference, await DueReferencesAsync(ngo, "overdue"));

        // Received on 1 May: 31 May is a Sunday, so the period ends on Monday 1 June (art. 642), now overdue.
        Assert.Equal(HttpStatusCode.OK, (await PutRightsAsync(ngo, url, new { prefectureReceiptOn = "2026-05-01" }, await ETagAsync(ngo, url))).StatusCode);
        var overdue = (await DeadlineAsync(ngo, url, "reflection-period"))!.Value;
        Assert.Equal("2026-06-01", overdue.GetProperty("dueOn").GetString());
        Assert.Equal("overdue", overdue.GetProperty("status").GetString());
        Assert.Contains(reference, await DueReferencesAsync(ngo, "overdue"));
        Assert.DoesNotContain(reference, await DueReferencesAsync(ngo, "week"));

        // The person's decision meets it: it leaves the dashboards.
        Assert.Equal(HttpStatusCode.OK, (await PutRightsAsync(ngo, url, new { prefectureReceiptOn = "2026-05-01", reflectionDecisionOn = "2026-06-10" }, await ETagAsync(ngo, url))).StatusCode);
        Assert.Equal("met", (await DeadlineAsync(ngo, url, "reflection-period"))!.Value.GetProperty("status").GetString());
        Assert.DoesNotContain(reference, await DueReferencesAsync(ngo, "overdue"));
    }

    [Fact]
    public async Task Permits_Aps_AndExitPathway_DeriveTheirDeadlines()
    {
        var (ngo, url, _) = await NewCaseAsync();
        var body = new
        {
            residencePermits = new[] { new { kind = "first", issuedOn = "2025-08-20" } },
            provisionalAuthorisations = new[] { new { grantedOn = "2026-01-10", validUntil = "2026-07-09" } },
            exitPathwayApplications = new[] { new { appliedOn = "2026-06-01" } },
        };
        var saved = await PutRightsAsync(ngo, url, body, "\"0\"");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var view = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("first", view.GetProperty("residencePermits")[0].GetProperty("kind").GetString());

        // Expires 19 August 2026, the day before the anniversary (D15, practice); 60 days before is Saturday
        // 20 June, brought back to Friday 19 June.
        Assert.Equal("2026-06-19", (await DeadlineAsync(ngo, url, "permit-renewal-alert"))!.Value.GetProperty("dueOn").GetString());
        Assert.Equal("2026-08-19", (await DeadlineAsync(ngo, url, "permit-expiry"))!.Value.GetProperty("dueOn").GetString());
        Assert.Equal("2026-07-09", (await DeadlineAsync(ngo, url, "aps-expiry"))!.Value.GetProperty("dueOn").GetString());

        // No calendar configured for 93: the default quarterly session on or after 15 June (a Monday).
        Assert.Equal("2026-06-15", (await DeadlineAsync(ngo, url, "exit-pathway-commission"))!.Value.GetProperty("dueOn").GetString());

        // A resident card after the final conviction ends the temporary permit's renewal alerts.
        var card = new { residencePermits = new object[] { new { kind = "first", issuedOn = "2025-08-20" }, new { kind = "resident-card", issuedOn = "2026-06-01" } } };
        Assert.Equal(HttpStatusCode.OK, (await PutRightsAsync(ngo, url, card, await ETagAsync(ngo, url))).StatusCode);
        Assert.Null(await DeadlineAsync(ngo, url, "permit-renewal-alert"));
        Assert.Null(await DeadlineAsync(ngo, url, "aps-expiry"));
    }

    [Fact]
    public async Task CommissionCalendar_IsConfiguredByTheCoordinator_AndMovesTheExitPathwayDeadline()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await ngo.PostAsJsonAsync("/api/v1/cases", CaseApi.Body(CaseApi.Unique("Exit"), departement: "13"));
        var url = $"/api/v1/cases/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id")}";
        Assert.Equal(HttpStatusCode.OK, (await PutRightsAsync(ngo, url, new { exitPathwayApplications = new[] { new { appliedOn = "2026-06-02" } } }, "\"0\"")).StatusCode);
        Assert.Equal("2026-06-15", (await DeadlineAsync(ngo, url, "exit-pathway-commission"))!.Value.GetProperty("dueOn").GetString());

        var calendar = await ngo.GetFromJsonAsync<JsonElement>("/api/v1/commissions/13");
        Assert.False(calendar.GetProperty("configured").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.PutAsJsonAsync("/api/v1/commissions/13", new { sessions = new[] { "2026-07-02" } })).StatusCode);

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PutAsJsonAsync("/api/v1/commissions/13", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PutAsJsonAsync("/api/v1/commissions/00", new { sessions = Array.Empty<string>() })).StatusCode);
        var put = await coordinator.PutAsJsonAsync("/api/v1/commissions/13", new { sessions = new[] { "2026-09-24", "2026-07-02" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True((await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("configured").GetBoolean());
        Assert.Equal("2026-07-02", (await DeadlineAsync(ngo, url, "exit-pathway-commission"))!.Value.GetProperty("dueOn").GetString());

        // Back to the default calendar.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync("/api/v1/commissions/13", new { sessions = Array.Empty<string>() })).StatusCode);
        Assert.Equal("2026-06-15", (await DeadlineAsync(ngo, url, "exit-pathway-commission"))!.Value.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Rights_AreScoped_Validated_AndWrittenByCaseManagersOnly()
    {
        var (ngo, url, reference) = await NewCaseAsync();
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync($"{url}/rights")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync($"{url}/deadlines")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutRightsAsync(ngo2, url, new { prefectureReceiptOn = "2026-06-01" }, "\"0\"")).StatusCode);

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"{url}/rights")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutRightsAsync(coordinator, url, new { prefectureReceiptOn = "2026-06-01" }, "\"0\"")).StatusCode);

        var missingIfMatch = await ngo.PutAsJsonAsync($"{url}/rights", new { prefectureReceiptOn = "2026-06-01" });
        Assert.Equal(HttpStatusCode.PreconditionRequired, missingIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutRightsAsync(ngo, url, new { prefectureReceiptOn = "2026-06-01" }, "\"7\"")).StatusCode);

        var bad = await PutRightsAsync(ngo, url, new
        {
            prefectureReceiptOn = "2026-07-01",
            residencePermits = new[] { new { kind = (string?)null, issuedOn = "2026-01-10", validUntil = "2026-01-01" } },
            exitPathwayApplications = new[] { new { appliedOn = "2026-06-01", decidedOn = "2026-06-10" } },
        }, "\"0\"");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "prefectureReceiptOn", "residencePermits[0].kind", "residencePermits[0].validUntil", "exitPathwayApplications[0].authorised" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field}: {errors}");
        }

        // Nothing stored on a 400.
        Assert.Equal("\"0\"", await ETagAsync(ngo, url));

        Assert.Equal(HttpStatusCode.OK, (await PutRightsAsync(ngo, url, new { prefectureReceiptOn = "2026-05-20" }, "\"0\"")).StatusCode);
        Assert.Contains(reference, await DueReferencesAsync(coordinator, "week"));
        Assert.DoesNotContain(reference, await DueReferencesAsync(ngo2, "week"));
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.GetAsync("/api/v1/deadlines?due=soon")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.GetAsync("/api/v1/deadlines")).StatusCode);

        // The coordinator's national list is pseudonymised: references, no pseudonym or name.
        var national = await coordinator.GetStringAsync("/api/v1/deadlines?due=week");
        Assert.DoesNotContain("pseudonym", national, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task IdentificationSteps_DeriveTheRgDecision_ButThePositiveDecisionDoesNotOpenTheReflectionPeriod()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var ids = (await admin.GetAllItemsAsync("/api/v1/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("id").GetString()!);
        var (ngo, url, _) = await NewCaseAsync();
        var code = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual).In(Dimension.ExploitativeConditions).First().Code;
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/screenings", new { exploitation = "sexual", indicators = new[] { code } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel = new[] { ids["police@demo.test"], ids["labour@demo.test"] } })).StatusCode);

        // Requested on Monday 15 June in Seine-Saint-Denis: five working days end on Monday 22 June.
        var rg = (await DeadlineAsync(ngo, url, "rg-decision"))!.Value;
        Assert.Equal("2026-06-22", rg.GetProperty("dueOn").GetString());
        Assert.Equal("upcoming", rg.GetProperty("status").GetString());
        Assert.Null(await DeadlineAsync(ngo, url, "reflection-period"));

        var police = await app.ApiAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.Accepted, (await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Fictive test reasons." })).StatusCode);
        var labour = await app.ApiAsAsync("labour@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await labour.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Fictive test reasons." })).StatusCode);
        Assert.Equal("met", (await DeadlineAsync(ngo, url, "rg-decision"))!.Value.GetProperty("status").GetString());

        // CESEDA R.425-2: the positive decision does not open the reflection period (only the prefecture's receipt
        // does); the rights say it is to be requested and nothing says "protected from removal".
        Assert.Null(await DeadlineAsync(ngo, url, "reflection-period"));
        var rights = await ngo.GetFromJsonAsync<JsonElement>($"{url}/rights");
        Assert.Equal("to-request", rights.GetProperty("reflectionStatus").GetString());
        Assert.True(!rights.TryGetProperty("protectedFromRemovalUntil", out var until) || until.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task DemoRights_FillTheDashboards()
    {
        var demoSeeded = app.WithDb(db => db.CaseRights.Count(r => r.UpdatedBy == Guid.Empty));
        Assert.True(demoSeeded > 0);
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var week = await coordinator.GetAllItemsAsync("/api/v1/deadlines?due=week");
        Assert.Contains(week.EnumerateArray(), d => d.GetProperty("rule").GetString() == "reflection-period" && d.GetProperty("daysLeft").GetInt32() == 4);
    }
}
