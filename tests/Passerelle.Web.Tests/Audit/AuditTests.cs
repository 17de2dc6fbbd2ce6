using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Audit;

[Collection(AppCollection.Name)]
public sealed class AuditTests(PasserelleApp app)
{
    private async Task<List<JsonElement>> EntriesForAsync(string caseId)
    {
        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?caseId={caseId}&pageSize=200");
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    [Fact]
    public async Task EveryCaseEndpoint_LeavesAnEntry_WithWhoAgencyWhatAndWhere()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("Audited"));
        var id = created.GetProperty("id").GetString()!;
        var reference = created.GetProperty("reference").GetString()!;
        await api.GetAsync($"/api/v1/cases/{id}");
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(CaseApi.Body("AuditedAgain")) };
        put.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(put)).StatusCode);
        await api.GetAsync($"/api/v1/cases?q={reference}");

        var entries = await EntriesForAsync(id);
        var codes = entries.Select(e => e.GetProperty("eventCode").GetInt32()).ToList();
        Assert.Contains((int)AuditEventType.CaseCreated, codes);
        Assert.Contains((int)AuditEventType.CaseViewed, codes);
        Assert.Contains((int)AuditEventType.CaseUpdated, codes);
        Assert.All(entries.Where(e => e.GetProperty("eventCode").GetInt32() < 1200), e =>
        {
            Assert.Equal("ngo@demo.test", e.GetProperty("userEmail").GetString());
            Assert.Equal("Association Refuge Démo (fictive)", e.GetProperty("agencyName").GetString());
            Assert.Equal(reference, e.GetProperty("caseReference").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("remoteAddress").GetString()));
        });

        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var listed = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?eventCode={(int)AuditEventType.CasesListed}&pageSize=50");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("details").GetString()!.Contains(reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PageReadsAndWrites_AreAuditedToo()
    {
        var api = await app.ApiAsAsync("police@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("PageAudit"));
        var id = created.GetProperty("id").GetString()!;
        var pages = await app.PagesAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/Cases/Details/{id}")).StatusCode);
        var views = (await EntriesForAsync(id)).Count(e => e.GetProperty("eventCode").GetInt32() == (int)AuditEventType.CaseViewed);
        Assert.Equal(1, views);
    }

    [Fact]
    public async Task RefusedAccess_LeavesOnlyARefusalEntry_AndRevealsNothing()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("NoLeak"));
        var id = created.GetProperty("id").GetString()!;
        var other = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        var byOther = (await EntriesForAsync(id)).Where(e => e.GetProperty("userEmail").GetString() == "ngo2@demo.test").ToList();
        Assert.Equal([(int)AuditEventType.AccessRefused], byOther.Select(e => e.GetProperty("eventCode").GetInt32()));
    }

    [Fact]
    public async Task Chain_IsIntact_AndTamperingIsDetected()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        await CaseApi.CreateAsync(api, CaseApi.Unique("Chain"));
        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var verdict = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(verdict.GetProperty("intact").GetBoolean());
        Assert.True(verdict.GetProperty("entriesVerified").GetInt64() > 60);

        // Somebody with database access rewrites who did something.
        var target = app.WithDb(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Skip(5).First().Sequence);
        var original = app.WithDb(db => db.AuditEntries.AsNoTracking().Single(e => e.Sequence == target).UserEmail);
        try
        {
            app.WithDb(db => db.Database.ExecuteSql($"UPDATE \"AuditEntries\" SET \"UserEmail\" = 'someone-else@demo.test' WHERE \"Sequence\" = {target}"));
            var broken = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
            Assert.False(broken.GetProperty("intact").GetBoolean());
            Assert.Equal(target, broken.GetProperty("brokenAtSequence").GetInt64());
        }
        finally
        {
            app.WithDb(db => db.Database.ExecuteSql($"UPDATE \"AuditEntries\" SET \"UserEmail\" = {original} WHERE \"Sequence\" = {target}"));
        }

        Assert.True((await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task ConcurrentWriters_NeverForkTheChain()
    {
        var api = await app.ApiAsAsync("ngo2@demo.test");
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => CaseApi.CreateAsync(api, $"Parallel{i}")));
        var auditor = await app.ApiAsAsync("auditor@demo.test");
        Assert.True((await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task AuditorPage_ShowsEntriesForACase()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, CaseApi.Unique("AuditPage"));
        var pages = await app.PagesAsAsync("auditor@demo.test");
        var html = await pages.GetStringAsync($"/Audit?caseReference={created.GetProperty("reference").GetString()}");
        Assert.Contains("CaseCreated", html, StringComparison.Ordinal);
        // The event's name in the reader's language (French by default), its code name kept as a tooltip.
        Assert.Contains("Dossier enregistré", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("ngo@demo.test", html, StringComparison.Ordinal);
    }
}
