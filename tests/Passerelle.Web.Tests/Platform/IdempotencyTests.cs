using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

/// <summary>
/// <c>Idempotency-Key</c> on the API's creates (README "Operate"): a retried create gets the first answer back
/// without a second write; the same key for another request is a localized 422; keys belong to their user; and a
/// create whose write is stored never answers 500 (its answer is built from what was read before the commit).
/// </summary>
public sealed class IdempotencyTests(IdempotencyTests.AtOnceLinkageApp app) : IClassFixture<IdempotencyTests.AtOnceLinkageApp>
{
    [Fact]
    public async Task TheSameKeyAndBody_ReplayTheFirstAnswer_WithoutASecondWrite()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var pseudonym = CaseApi.Unique("Idem");
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(api, "/api/v1/cases", CaseApi.Body(pseudonym, "Quelconque Fictive-Idem"), key);
        var again = await PostAsync(api, "/api/v1/cases", CaseApi.Body(pseudonym, "Quelconque Fictive-Idem"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.NotNull(first.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("application/json; charset=utf-8", again.Content.Headers.ContentType?.ToString());
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());

        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(1, app.WithDb(db => db.Cases.Count(c => c.Pseudonym == pseudonym)));
        Assert.Equal(1, app.WithDb(db => db.AuditEntries.Count(e => e.CaseId == id && e.EventType == AuditEventType.CaseCreated)));

        // Another create (a note) the same way: one note however many times it is sent.
        var noteKey = Guid.NewGuid().ToString();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await PostAsync(api, $"/api/v1/cases/{id}/notes", new { text = "Note fictive rejouée." }, noteKey)).StatusCode);
        }

        var notes = await api.GetAllItemsAsync($"/api/v1/cases/{id}/notes");
        Assert.Single(notes.ValueKind == JsonValueKind.Array ? notes.EnumerateArray() : notes.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task TheSameKeyForAnotherRequest_IsA422InTheUsersLanguage_AndKeysBelongToTheirUser()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var key = Guid.NewGuid().ToString();
        var body = CaseApi.Body(CaseApi.Unique("Idem"));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(api, "/api/v1/cases", body, key)).StatusCode);

        var other = await PostAsync(api, "/api/v1/cases", CaseApi.Body(CaseApi.Unique("Idem")), key, "fr-FR");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        var problem = await other.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Idempotency-Key déjà utilisée", problem.GetProperty("title").GetString());

        // The same key and body from another user is that user's own request.
        var shelter = await app.ApiAsAsync("ngo2@demo.test");
        var theirs = await PostAsync(shelter, "/api/v1/cases", body, key);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotency-Replayed"));

        var invalid = await PostAsync(api, "/api/v1/cases", body, new string('k', 201), "fr-FR");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Idempotency-Key invalide", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnInvalidCreate_IsReplayedToo_AndAnswersAreStoredEncrypted()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var key = Guid.NewGuid().ToString();
        var invalid = new { pseudonym = "", sex = "female" };
        var first = await PostAsync(api, "/api/v1/cases", invalid, key);
        var again = await PostAsync(api, "/api/v1/cases", invalid, key);
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());

        var created = await PostAsync(api, "/api/v1/cases", CaseApi.Body(CaseApi.Unique("Idem"), "Zyxwvut Chiffré-Fictif"), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.DoesNotContain(app.WithDb(db => db.IdempotencyRecords.Select(r => r.ProtectedAnswer).ToList()), a => a != null && a.Contains("Chiffr", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACreateStoredBeforeItsLinkageFails_AnswersCreated_NotA500()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        // A stored identity the keys cannot decrypt makes linkage at once fail after the new case is committed.
        var broken = CaseApi.Unique("Broken");
        var brokenId = (await CaseApi.CreateAsync(api, broken, "Quelconque Cassée-Fictive")).GetProperty("id").GetGuid();
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Passerelle.Web.Platform.Persistence.PasserelleDbContext>();
            return await db.Cases.Where(c => c.Id == brokenId).ExecuteUpdateAsync(set => set.SetProperty(c => c.ProtectedIdentity, "CfDJ8-not-a-protected-payload"));
        });
        ResetIncrementalIndex();

        var pseudonym = CaseApi.Unique("AfterCommit");
        var response = await api.PostAsJsonAsync("/api/v1/cases", CaseApi.Body(pseudonym, "Quelconque Fictive-Après"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Quelconque Fictive-Après", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("legalName").GetString());
        Assert.Equal(1, app.WithDb(db => db.Cases.Count(c => c.Pseudonym == pseudonym)));
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Passerelle.Web.Platform.Persistence.PasserelleDbContext>();
            return await db.Cases.Where(c => c.Id == brokenId).ExecuteUpdateAsync(set => set.SetProperty(c => c.ErasedAt, DateTime.UtcNow));
        });
        ResetIncrementalIndex();
    }

    private void ResetIncrementalIndex() =>
        app.Services.GetRequiredService<Passerelle.Web.Features.Linkage.IncrementalLinkageIndex>().Linker = null;

    private static Task<HttpResponseMessage> PostAsync(HttpClient api, string url, object body, string key, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return api.SendAsync(request);
    }

    /// <summary>The demo app with linkage at once, as an installation that turned it on.</summary>
    public sealed class AtOnceLinkageApp : PasserelleApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Linkage:AtOnce", "true");
        }
    }
}
