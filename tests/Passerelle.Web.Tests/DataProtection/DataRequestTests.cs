using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.DataProtection;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Retention;

namespace Passerelle.Web.Tests.DataProtection;

/// <summary>
/// The register of data-subject requests (GDPR art. 12(3), 16, 17): due dates, extension, decisions with their grounds,
/// rectification and erasure that do the change, scope and audit. On an app whose operator recorded the archives'
/// elimination agreement (Code du patrimoine L.212-2), so that a granted erasure may run.
/// </summary>
public sealed class DataRequestTests(RetentionApp app) : IClassFixture<RetentionApp>
{
    private DateOnly Today => app.Services.GetRequiredService<TimeProvider>().Today();

    private async Task<(HttpClient Ngo, string Id, string Reference)> CaseAsync(string legalName)
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Droits"), legalName);
        return (ngo, created.GetProperty("id").GetString()!, created.GetProperty("reference").GetString()!);
    }

    private static async Task<JsonElement> RecordAsync(HttpClient api, string id, string kind, DateOnly receivedOn, string request = "Demande fictive de test.")
    {
        var response = await api.PostAsJsonAsync($"/api/v1/cases/{id}/data-requests",
            new { kind, receivedOn = receivedOn.ToString("yyyy-MM-dd"), identityCheck = "En personne, connue de l'équipe (fictif).", request });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private int Entries(string id, AuditEventType type) =>
        app.WithDb(db => db.AuditEntries.Count(e => e.CaseId == Guid.Parse(id) && e.EventType == type));

    [Fact(DisplayName = "GDPR art. 12(3): a request is due one month after receipt; 31 January gives 28 February, or 29 in a leap year (C. proc. civ. art. 641)")]
    public async Task Record_DueOneMonthLater_EndOfMonthRule_AndOverdue()
    {
        var (ngo, id, _) = await CaseAsync("Nom Fictif Registre");
        var leap = await RecordAsync(ngo, id, "access", new DateOnly(2024, 1, 31));
        Assert.Equal("2024-02-29", leap.GetProperty("dueOn").GetString());
        var common = await RecordAsync(ngo, id, "objection", new DateOnly(2025, 1, 31));
        Assert.Equal("2025-02-28", common.GetProperty("dueOn").GetString());
        var plain = await RecordAsync(ngo, id, "restriction", new DateOnly(2025, 3, 15));
        Assert.Equal("2025-04-15", plain.GetProperty("dueOn").GetString());
        Assert.Equal("received", plain.GetProperty("status").GetString());
        Assert.True(plain.GetProperty("overdue").GetBoolean());
        Assert.Equal("Demande fictive de test.", plain.GetProperty("request").GetString());

        // Stored encrypted: the text is not in the database in clear.
        var stored = app.WithDb(db => db.Set<DataSubjectRequest>().AsNoTracking().Single(r => r.Id == Guid.Parse(plain.GetProperty("id").GetString()!)));
        Assert.DoesNotContain("Demande fictive", stored.ProtectedRequest!, StringComparison.Ordinal);

        var list = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/data-requests");
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.Equal(3, list.GetProperty("items").GetArrayLength());

        // The holding agency's home tasks list the overdue requests; the case page warns.
        var tasks = await ngo.GetStringAsync("/api/v1/me/tasks");
        Assert.Contains("data-request-due", tasks, StringComparison.Ordinal);
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var html = await pages.GetStringAsync($"/Cases/Details/{id}");
        Assert.Contains("data-testid=\"data-requests-alert\"", html, StringComparison.Ordinal);

        Assert.Equal(3, Entries(id, AuditEventType.DataRequestRecorded));
        Assert.Equal(1, Entries(id, AuditEventType.DataRequestsViewed));
        var details = app.WithDb(db => db.AuditEntries.Where(e => e.CaseId == Guid.Parse(id) && e.EventType == AuditEventType.DataRequestRecorded).Select(e => e.Details).ToList());
        Assert.All(details, d => Assert.DoesNotContain("fictive", d!, StringComparison.Ordinal));
    }

    [Fact(DisplayName = "Bad bodies answer 400 naming the field in French; a refusal needs its legal ground")]
    public async Task BadBodies_Are400InFrench_AndARefusalNeedsAGround()
    {
        var (ngo, id, _) = await CaseAsync("Nom Fictif Refus");
        ngo.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var bad = await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/data-requests", new { receivedOn = Today.AddDays(1).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("accès", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("futur", errors.GetProperty("receivedOn")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("identityCheck", out _));
        Assert.True(errors.TryGetProperty("request", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/data-requests", new { kind = "forget-me" })).StatusCode);

        var request = await RecordAsync(ngo, id, "erasure", Today);
        var decide = $"/api/v1/cases/{id}/data-requests/{request.GetProperty("id").GetString()}/decide";
        var noGround = await ngo.PostAsJsonAsync(decide, new { outcome = "refused", explanation = "Explication fictive." });
        Assert.Equal(HttpStatusCode.BadRequest, noGround.StatusCode);
        Assert.Contains("fondement", (await noGround.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("ground")[0].GetString(), StringComparison.Ordinal);

        var refused = await ngo.PostAsJsonAsync(decide, new { outcome = "refused", ground = "other", explanation = "Explication fictive." });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var view = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("refused", view.GetProperty("status").GetString());
        Assert.Equal("other", view.GetProperty("ground").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), view.GetProperty("decidedOn").GetString());

        // Answered once.
        Assert.Equal(HttpStatusCode.Conflict, (await ngo.PostAsJsonAsync(decide, new { outcome = "granted", explanation = "Encore." })).StatusCode);
        Assert.Equal(1, Entries(id, AuditEventType.DataRequestDecided));
    }

    [Fact(DisplayName = "GDPR art. 12(3): the period is extended once, within the first month, by two further months at most")]
    public async Task Extend_OnceWithAReason_ToThreeMonthsAtMost()
    {
        var (ngo, id, _) = await CaseAsync("Nom Fictif Prolonge");
        var received = Today.AddDays(-3);
        var request = await RecordAsync(ngo, id, "access", received);
        var url = $"/api/v1/cases/{id}/data-requests/{request.GetProperty("id").GetString()}";
        var extend = $"{url}/extend";

        var tooLong = await ngo.PostAsJsonAsync(extend, new { reason = "Dossier volumineux.", until = received.AddMonths(3).AddDays(1).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(extend, new { until = received.AddMonths(2).ToString("yyyy-MM-dd") })).StatusCode);

        var extended = await ngo.PostAsJsonAsync(extend, new { reason = "Dossier volumineux (fictif).", until = received.AddMonths(3).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var view = await extended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("extended", view.GetProperty("status").GetString());
        Assert.Equal(received.AddMonths(3).ToString("yyyy-MM-dd"), view.GetProperty("dueOn").GetString());
        Assert.Equal("Dossier volumineux (fictif).", view.GetProperty("extensionReason").GetString());

        var again = await ngo.PostAsJsonAsync(extend, new { reason = "Encore.", until = received.AddMonths(3).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("data-request.cannot-extend", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // An overdue request can no longer be extended.
        var late = await RecordAsync(ngo, id, "access", new DateOnly(2025, 1, 10));
        Assert.Equal(HttpStatusCode.Conflict, (await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/data-requests/{late.GetProperty("id").GetString()}/extend",
            new { reason = "Trop tard.", until = "2025-03-10" })).StatusCode);

        var one = await ngo.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.NotNull(one.Headers.ETag);
        Assert.Equal(1, Entries(id, AuditEventType.DataRequestExtended));
        Assert.Equal(1, Entries(id, AuditEventType.DataRequestViewed));
    }

    [Fact(DisplayName = "GDPR art. 16: a granted rectification follows the correction of the case and names the fields, never their values")]
    public async Task Rectification_NamesTheFieldsCorrected_AfterTheCaseWasSaved()
    {
        var (ngo, id, _) = await CaseAsync("Nom Fictif Errone");
        var request = await RecordAsync(ngo, id, "rectification", Today, "Corriger le nom (fictif).");
        var decide = $"/api/v1/cases/{id}/data-requests/{request.GetProperty("id").GetString()}/decide";

        var early = await ngo.PostAsJsonAsync(decide, new { outcome = "granted", explanation = "Nom corrigé.", rectifiedFields = new[] { "legalName" } });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("data-request.not-rectified", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var read = await ngo.GetAsync($"/api/v1/cases/{id}");
        var body = JsonSerializer.SerializeToNode(CaseApi.Body("Rectifiee", "Nom Fictif Corrige"))!.AsObject();
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.ParseAdd(read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await ngo.SendAsync(put)).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest,
            (await ngo.PostAsJsonAsync(decide, new { outcome = "granted", explanation = "Nom corrigé.", rectifiedFields = new[] { "favouriteColour" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(decide, new { outcome = "granted", explanation = "Nom corrigé." })).StatusCode);
        var granted = await ngo.PostAsJsonAsync(decide, new { outcome = "granted", explanation = "Nom corrigé.", rectifiedFields = new[] { "legalName", "pseudonym" } });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var view = await granted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["legalName", "pseudonym"], view.GetProperty("rectifiedFields").EnumerateArray().Select(f => f.GetString()));

        var details = app.WithDb(db => db.AuditEntries.Single(e => e.CaseId == Guid.Parse(id) && e.EventType == AuditEventType.DataRequestDecided).Details!);
        Assert.Contains("fields=legalName,pseudonym", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Corrige", details, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "GDPR art. 17(3)(e): erasure is refused while criminal proceedings are pending; granted, it erases the identity and keeps the statistics")]
    public async Task Erasure_HeldByProceedings_ThenGranted_ErasesIdentity_KeepsCounts()
    {
        var (ngo, id, reference) = await CaseAsync("Nom Fictif Oubli");
        var caseId = Guid.Parse(id);
        var held = await RecordAsync(ngo, id, "erasure", Today);
        var heldDecide = $"/api/v1/cases/{id}/data-requests/{held.GetProperty("id").GetString()}/decide";

        // An open case is closed first.
        var open = await ngo.PostAsJsonAsync(heldDecide, new { outcome = "granted", explanation = "Effacé." });
        Assert.Equal(HttpStatusCode.Conflict, open.StatusCode);
        Assert.Equal("data-request.case-open", (await open.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/close", new { reason = "person-declined", closedOn = Today.ToString("yyyy-MM-dd") })).StatusCode);

        // A complaint filed and no final decision: the file is needed for legal claims.
        var etag = (await ngo.GetAsync($"/api/v1/cases/{id}/proceedings")).Headers.ETag!.Tag;
        var proceedings = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}/proceedings") { Content = JsonContent.Create(new { complaintFiledOn = "2026-03-10" }) };
        proceedings.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.OK, (await ngo.SendAsync(proceedings)).StatusCode);

        ngo.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var refused = await ngo.PostAsJsonAsync(heldDecide, new { outcome = "granted", explanation = "Effacé." });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("data-request.erasure-held", problem.GetProperty("code").GetString());
        Assert.Contains("17(3)(e)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("procédure", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var shown = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/data-requests/{held.GetProperty("id").GetString()}");
        Assert.Equal("legal-claims", shown.GetProperty("erasureHolds")[0].GetProperty("ground").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ngo.PostAsJsonAsync(heldDecide, new { outcome = "refused", ground = "legal-claims", explanation = "Procédure en cours (fictif)." })).StatusCode);

        // The proceedings end; a new request is granted and erases the file.
        etag = (await ngo.GetAsync($"/api/v1/cases/{id}/proceedings")).Headers.ETag!.Tag;
        proceedings = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}/proceedings") { Content = JsonContent.Create(new { complaintFiledOn = "2026-03-10", outcome = "dismissed", decidedOn = "2026-04-01" }) };
        proceedings.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.OK, (await ngo.SendAsync(proceedings)).StatusCode);
        var rowsBefore = app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Count());
        var rowBefore = app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Single(r => r.CaseId == caseId));

        var second = await RecordAsync(ngo, id, "erasure", Today, "Effacer tout (fictif).");
        var granted = await ngo.PostAsJsonAsync($"/api/v1/cases/{id}/data-requests/{second.GetProperty("id").GetString()}/decide",
            new { outcome = "granted", explanation = "Dossier effacé." });
        Assert.True(granted.StatusCode == HttpStatusCode.OK, await granted.Content.ReadAsStringAsync());
        var view = await granted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("granted", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, view.GetProperty("erasedAt").ValueKind);

        // The identity and the file are gone; the record, the register (without its texts) and the statistics stay.
        var record = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal("—", record.GetProperty("pseudonym").GetString());
        Assert.DoesNotContain("Nom Fictif Oubli", record.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/cases/{id}/proceedings")).StatusCode);
        app.WithDb(db =>
        {
            var stored = db.Cases.AsNoTracking().Single(c => c.Id == caseId);
            Assert.Null(stored.ProtectedIdentity);
            Assert.Null(stored.LegalNameIndex);
            Assert.NotNull(stored.ErasedAt);
            var register = db.Set<DataSubjectRequest>().AsNoTracking().Where(r => r.CaseId == caseId).ToList();
            Assert.Equal(2, register.Count);
            Assert.All(register, r => Assert.Null(r.ProtectedRequest));
            Assert.Contains(register, r => r.Ground == Domain.DataRequests.RefusalGround.LegalClaims);
            return 0;
        });
        Assert.Equal(rowsBefore, app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Count()));
        var rowAfter = app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Single(r => r.CaseId == caseId));
        Assert.Equal((rowBefore.Nationality, rowBefore.Age, rowBefore.Sex), (rowAfter.Nationality, rowAfter.Age, rowAfter.Sex));

        // The national register keeps the answers, by reference.
        var admin = await app.ApiAsAsync("admin@demo.test");
        var all = await admin.GetStringAsync("/api/v1/data-requests?status=all");
        Assert.Contains(reference, all, StringComparison.Ordinal);
        Assert.DoesNotContain("Oubli", all, StringComparison.Ordinal);
        var erased = app.WithDb(db => db.AuditEntries.Single(e => e.CaseId == caseId && e.EventType == AuditEventType.CaseErased).Details!);
        Assert.Contains("art. 17", erased, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Who: the holding agency answers; the coordinator reads without the texts; another agency gets 404; the national view is the administrator's")]
    public async Task Access_HoldingAgencyAnswers_CoordinatorReadsWithoutText_AdminSeesReferences()
    {
        var (ngo, id, reference) = await CaseAsync("Nom Fictif Acces");
        var request = await RecordAsync(ngo, id, "erasure", Today.AddDays(-25), "Texte confidentiel Zorglub (fictif).");
        var url = $"/api/v1/cases/{id}/data-requests";

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var read = await coordinator.GetFromJsonAsync<JsonElement>(url);
        Assert.True(read.GetProperty("items")[0].GetProperty("withheld").GetBoolean());
        Assert.DoesNotContain("Zorglub", read.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync(url, new { kind = "access" })).StatusCode);

        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.PostAsJsonAsync($"{url}/{request.GetProperty("id").GetString()}/decide", new { outcome = "refused" })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.GetAsync("/api/v1/data-requests")).StatusCode);
        var admin = await app.ApiAsAsync("admin@demo.test");
        var due = await admin.GetAllItemsAsync("/api/v1/data-requests?status=due");
        var mine = due.EnumerateArray().Single(r => r.GetProperty("caseReference").GetString() == reference);
        Assert.Equal("erasure", mine.GetProperty("kind").GetString());
        Assert.DoesNotContain("Zorglub", due.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Nom Fictif Acces", due.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/data-requests?status=late")).StatusCode);

        var adminPages = await app.PagesAsAsync("admin@demo.test");
        var html = WebUtility.HtmlDecode(await adminPages.GetStringAsync("/DataProtection/Requests"));
        Assert.Contains(reference, html, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.Count(e => e.EventType == AuditEventType.DataRequestsListed)) >= 2);
    }

    [Fact(DisplayName = "The case's data-protection page records a request and answers it, in French, through the same service")]
    public async Task Page_RecordsAndAnswersARequest()
    {
        var (_, id, _) = await CaseAsync("Nom Fictif Page");
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var page = $"/DataProtection/{id}";
        var missing = await Forms.PostAsync(pages, page, new Dictionary<string, string> { ["Kind"] = "", ["ReceivedOn"] = "", ["IdentityCheck"] = "", ["RequestText"] = "" },
            $"{page}?handler=Record");
        var errorHtml = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"data-request-errors\"", errorHtml, StringComparison.Ordinal);
        Assert.Contains("Indiquez", errorHtml, StringComparison.Ordinal);

        var recorded = await Forms.PostAsync(pages, page, new Dictionary<string, string>
        {
            ["Kind"] = "access",
            ["ReceivedOn"] = Today.ToString("yyyy-MM-dd"),
            ["IdentityCheck"] = "Au guichet (fictif).",
            ["RequestText"] = "Copie du dossier (fictif).",
        }, $"{page}?handler=Record");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync(page));
        Assert.Contains("Copie du dossier (fictif).", html, StringComparison.Ordinal);
        // The due date in the reader's format (French: dd/MM/yyyy).
        Assert.Contains(Today.AddMonths(1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);

        var requestId = app.WithDb(db => db.Set<DataSubjectRequest>().AsNoTracking().Single(r => r.CaseId == Guid.Parse(id)).Id);
        var answered = await Forms.PostAsync(pages, page, new Dictionary<string, string> { ["Outcome"] = "granted", ["Explanation"] = "Export remis en main propre (fictif)." },
            $"{page}?handler=Decide&requestId={requestId}");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("Granted", app.WithDb(db => db.Set<DataSubjectRequest>().AsNoTracking().Single(r => r.Id == requestId).Status.ToString()));
    }
}
