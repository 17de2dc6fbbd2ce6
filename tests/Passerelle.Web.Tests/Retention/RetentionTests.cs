using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Retention;

/// <summary>An app whose operator recorded the archives administration's elimination agreement (Code du patrimoine L.212-2).</summary>
public sealed class RetentionApp : PasserelleApp
{
    public const string Agreement = "AD-FICTIVE-2026-01";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Retention:EliminationAgreement", Agreement);
    }
}

public sealed class RetentionTests(RetentionApp app) : IClassFixture<RetentionApp>
{
    private static object OldCase(string pseudonym, string legalName) => new
    {
        pseudonym,
        sex = "female",
        birthYear = 1990,
        nationality = "NG",
        exploitationForms = new[] { "sexual-exploitation" },
        departement = "93",
        detectedOn = "2015-01-05",
        legalName,
        phone = "+33 1 99 00 98 76",
        notes = "Fiche fictive de test.",
    };

    [Fact(DisplayName = "DOMAIN.md step 8: a case closes with a reason, once, by its holding agency; its retention periods follow (CNIL 2023-095, CPP 706-5)")]
    public async Task Closure_HasAReason_IsScoped_AndShowsTheRetentionPeriods()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await ngo.PostAsJsonAsync("/api/v1/cases", OldCase(CaseApi.Unique("Clos"), "Nom Fictif Clos"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var url = $"/api/v1/cases/{id}/closure";

        var open = await ngo.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("registered", open.GetProperty("status").GetString());
        Assert.True(open.GetProperty("mayClose").GetBoolean());

        // Bad input: 400 naming the fields, in French.
        ngo.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var bad = await ngo.PostAsJsonAsync(url, new { reason = "not-a-victim", closedOn = "2014-12-31" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("décision négative", errors.GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("closedOn", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(url, new { reason = "elsewhere", closedOn = "2016-01-05" })).StatusCode);

        // Another agency: as if the case did not exist; the coordinator reads but does not close.
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.PostAsJsonAsync(url, new { reason = "integration", closedOn = "2016-01-05" })).StatusCode);
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync(url, new { reason = "integration", closedOn = "2016-01-05" })).StatusCode);

        var closed = await ngo.PostAsJsonAsync(url, new { reason = "integration", closedOn = "2016-01-05" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var view = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", view.GetProperty("status").GetString());
        Assert.Equal("integration", view.GetProperty("reason").GetString());
        var holds = view.GetProperty("holds").EnumerateArray().ToDictionary(h => h.GetProperty("category").GetString()!, h => h.GetProperty("until").GetString());
        Assert.Equal("2018-01-05", holds["case-file"]); // CNIL: two years after the last contact
        Assert.Equal("2018-01-05", holds["compensation-claims"]); // CPP 706-5: three years from the detection (no offence date)
        Assert.Equal("2018-01-06", view.GetProperty("erasableOn").GetString());

        // Once only.
        Assert.Equal(HttpStatusCode.Conflict, (await ngo.PostAsJsonAsync(url, new { reason = "relocation", closedOn = "2016-02-01" })).StatusCode);
        Assert.Equal("closed", (await coordinator.GetFromJsonAsync<JsonElement>(url)).GetProperty("status").GetString());

        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var entries = (await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?caseId={id}&pageSize=200")).GetProperty("items").ToString();
        Assert.Contains("1104", entries, StringComparison.Ordinal);
        Assert.Contains("1105", entries, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Erasure after retention: identity and file erased, statistics kept, audited with the elimination agreement; nothing more is written")]
    public async Task Erasure_RemovesTheIdentityAndFile_KeepsTheCounts()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var legalName = "Nom Fictif " + CaseApi.Unique("Efface");
        var created = await ngo.PostAsJsonAsync("/api/v1/cases", OldCase(CaseApi.Unique("Efface"), legalName));
        var id = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        var steps = $"/api/v1/cases/{id}/legal-steps";
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync(steps,
            new { kind = "rights-information", on = "2015-01-06", language = "en", interpreter = false, informedBy = "Commissariat fictif" })).StatusCode);
        var rightsEtag = (await ngo.GetAsync($"/api/v1/cases/{id}/rights")).Headers.ETag!.Tag;
        var rights = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}/rights") { Content = JsonContent.Create(new { prefectureReceiptOn = "2015-01-07" }) };
        rights.Headers.IfMatch.ParseAdd(rightsEtag);
        Assert.Equal(HttpStatusCode.OK, (await ngo.SendAsync(rights)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "safe-return", closedOn = "2015-06-01" })).StatusCode);
        var rowBefore = app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Single(r => r.CaseId == id));
        Assert.True(rowBefore.ReflectionPeriods);

        // Only the administrator sees the schedule and erases.
        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.GetAsync("/api/v1/retention")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.PostAsync("/api/v1/retention/erasure", null)).StatusCode);
        var admin = await app.ApiAsAsync("admin@demo.test");
        var overview = await admin.GetFromJsonAsync<JsonElement>("/api/v1/retention");
        Assert.True(overview.GetProperty("erasureEnabled").GetBoolean());
        Assert.Equal(5, overview.GetProperty("rules").GetArrayLength());
        var listed = overview.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("caseId").GetString() == id.ToString());
        Assert.True(listed.GetProperty("due").GetBoolean());
        Assert.DoesNotContain(legalName, overview.ToString(), StringComparison.Ordinal);

        var erasure = await admin.PostAsync("/api/v1/retention/erasure", null);
        Assert.Equal(HttpStatusCode.OK, erasure.StatusCode);
        var report = await erasure.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(RetentionApp.Agreement, report.GetProperty("eliminationAgreement").GetString());
        var reference = listed.GetProperty("reference").GetString();
        Assert.Contains(reference, report.GetProperty("references").EnumerateArray().Select(r => r.GetString()));

        // The record stays, without identity; the file answers as an unknown case, and takes no write.
        var record = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal("—", record.GetProperty("pseudonym").GetString());
        Assert.DoesNotContain(legalName, record.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync(steps)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/cases/{id}/rights")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PostAsJsonAsync(steps,
            new { kind = "rights-information", on = "2015-01-06", language = "en", interpreter = false, informedBy = "Commissariat fictif" })).StatusCode);
        var closure = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/closure");
        Assert.Equal(JsonValueKind.String, closure.GetProperty("erasedAt").ValueKind);
        Assert.Equal("safe-return", closure.GetProperty("reason").GetString());

        app.WithDb(db =>
        {
            var stored = db.Cases.AsNoTracking().Single(c => c.Id == id);
            Assert.Null(stored.ProtectedIdentity);
            Assert.Null(stored.LegalNameIndex);
            Assert.Null(stored.BirthYear);
            Assert.Null(stored.Nationality);
            Assert.Empty(db.Set<Web.Features.LegalSteps.LegalStepRecord>().Where(s => s.CaseId == id));
            Assert.Empty(db.CaseRights.Where(r => r.CaseId == id));
            Assert.Empty(db.CaseDeadlines.Where(d => d.CaseId == id));
            return 0;
        });

        // Statistics keep the case's counts, even after a full rebuild of the projections.
        var rowAfter = app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Single(r => r.CaseId == id));
        Assert.Equal((rowBefore.ReflectionPeriods, rowBefore.Nationality, rowBefore.Age), (rowAfter.ReflectionPeriods, rowAfter.Nationality, rowAfter.Age));
        await app.WithScopeAsync(async services =>
            await services.GetRequiredService<StatisticsProjection>().RebuildAsync(services.GetRequiredService<Web.Platform.Persistence.PasserelleDbContext>(), CancellationToken.None));
        var rebuilt = app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Single(r => r.CaseId == id));
        Assert.Equal((rowBefore.ReflectionPeriods, rowBefore.Nationality), (rebuilt.ReflectionPeriods, rebuilt.Nationality));

        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var entries = (await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?caseId={id}&pageSize=200")).GetProperty("items").ToString();
        Assert.Contains("1106", entries, StringComparison.Ordinal);
        Assert.Contains(RetentionApp.Agreement, entries, StringComparison.Ordinal);

        // A second run finds nothing more to erase for this case.
        var again = await (await admin.PostAsync("/api/v1/retention/erasure", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(reference, again.GetProperty("references").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void EveryEntityThatRefersToACase_IsErasedWithIt() =>
        app.WithDb(db =>
        {
            var caseType = db.Model.FindEntityType(typeof(Web.Features.Cases.Case))!;
            var referring = db.Model.GetEntityTypes()
                .Where(t => t.GetForeignKeys().Any(fk => fk.PrincipalEntityType == caseType))
                .Select(t => t.ClrType)
                .ToList();
            Assert.NotEmpty(referring);
            Assert.All(referring, type => Assert.Contains(type, Web.Features.Retention.RetentionService.ErasedEntities));
            return 0;
        });
}

/// <summary>The default configuration (no elimination agreement), and the pages, on the shared app.</summary>
[Collection(AppCollection.Name)]
public sealed class RetentionDefaultsTests(PasserelleApp app)
{
    [Fact(DisplayName = "Code du patrimoine L.212-2: without an elimination agreement, public archives are not erased (409, in the user's language)")]
    public async Task WithoutAgreement_ErasureIsRefused()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var refused = await admin.PostAsync("/api/v1/retention/erasure", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("retention.no-elimination-agreement", problem.GetProperty("code").GetString());
        Assert.Contains("archives publiques", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False((await admin.GetFromJsonAsync<JsonElement>("/api/v1/retention")).GetProperty("erasureEnabled").GetBoolean());

        var pages = await app.PagesAsAsync("admin@demo.test");
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync("/Retention"));
        Assert.Contains("data-testid=\"erasure-disabled\"", html, StringComparison.Ordinal);
        Assert.Contains("CNIL", html, StringComparison.Ordinal);
        Assert.Contains("706-5", html, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "The closure page closes the case through the same service, in French, and shows its retention periods")]
    public async Task ClosurePage_ClosesTheCase_AndShowsThePeriods()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(api, CaseApi.Unique("Cloture"))).GetProperty("id").GetString()!;
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var page = $"/Retention/Closure/{id}";
        Assert.Contains($"href=\"{page}\"", await pages.GetStringAsync($"/Cases/Details/{id}"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"closure-form\"", await pages.GetStringAsync(page), StringComparison.Ordinal);

        var refused = await Forms.PostAsync(pages, page, [KeyValuePair.Create("Reason", ""), KeyValuePair.Create("ClosedOn", "2026-03-03")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Indiquez le motif de la clôture", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var closed = await Forms.PostAsync(pages, page, [KeyValuePair.Create("Reason", "relocation"), KeyValuePair.Create("ClosedOn", "2026-03-03")]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync(page));
        Assert.Contains("Dossier clos.", html, StringComparison.Ordinal);
        Assert.Contains("Clos le 03/03/2026 : Réinstallation.", html, StringComparison.Ordinal);
        Assert.Contains("Recommandation de la CNIL", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"closure-form\"", html, StringComparison.Ordinal);
        Assert.Equal("closed", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("status").GetString());

        // Another agency: not found, as for the API.
        var other = await app.PagesAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
    }
}
