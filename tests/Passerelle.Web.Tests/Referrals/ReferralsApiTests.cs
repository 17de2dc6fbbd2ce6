using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;
using static Passerelle.Web.Tests.Referrals.ReferralApi;

namespace Passerelle.Web.Tests.Referrals;

[Collection(AppCollection.Name)]
public sealed class ReferralsApiTests(PasserelleApp app)
{
    private static async Task<string> StatusOfAsync(HttpClient api, string referralId) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referralId}")).GetProperty("referral").GetProperty("status").GetString()!;

    [Fact]
    public async Task AnAdultNeedsInformedConsent_AndNothingIsStoredWithout()
    {
        var provider = await ShelterProviderAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Adulte"))).GetProperty("id").GetString()!;

        var missing = await ReferAsync(ngo, caseId, provider, consent: null);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("consent", out _));
        var incomplete = await ReferAsync(ngo, caseId, provider, new { givenOn = "2026-03-02", language = "", explainedBy = "" });
        var errors = (await incomplete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("consentLanguage", out _) && errors.TryGetProperty("consentExplainedBy", out _));
        Assert.Equal(0, (await ngo.GetAllItemsAsync($"/api/v1/cases/{caseId}/referrals")).GetArrayLength());

        var sent = await ReferAsync(ngo, caseId, provider, Consent);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var view = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sent", view.GetProperty("status").GetString());
        Assert.Equal("adult", view.GetProperty("population").GetString());
        Assert.Equal("en", view.GetProperty("consent").GetProperty("language").GetString());
        Assert.Single((await ngo.GetAllItemsAsync($"/api/v1/cases/{caseId}/referrals")).EnumerateArray());
    }

    [Fact]
    public async Task APresumedChildIsReferredWithoutConsent_AndTheGuardianNoticeIsAwaited()
    {
        var provider = await ShelterProviderAsync(app, children: true);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = await ChildCaseAsync(ngo);

        var sent = await ReferAsync(ngo, caseId, provider, consent: null);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var view = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("child", view.GetProperty("population").GetString());
        Assert.True(view.GetProperty("awaitsGuardianNotice").GetBoolean());

        // The guardian is informed after the referral was sent: the sending agency records it.
        var noticeUrl = $"/api/v1/referrals/{view.GetProperty("id").GetString()}/guardian-notice";
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(noticeUrl, new { informedOn = "2026-03-03", guardian = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("ngo2@demo.test")).PostAsJsonAsync(noticeUrl, new { guardian = "Tuteur fictif" })).StatusCode);
        var later = await ngo.PostAsJsonAsync(noticeUrl, new { informedOn = "2026-03-03", guardian = "Tuteur fictif" });
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.False((await later.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awaitsGuardianNotice").GetBoolean());
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.CaseId == Guid.Parse(caseId) && e.EventType == Passerelle.Domain.Audit.AuditEventType.ReferralGuardianInformed)));
        Assert.DoesNotContain("Tuteur fictif", app.WithDb(db => db.Referrals.Single(r => r.Id == view.GetProperty("id").GetGuid()).ProtectedGuardian) ?? "", StringComparison.Ordinal);

        var informed = await ReferAsync(ngo, caseId, provider, null, new { informedOn = "2026-03-02", guardian = "Administrateur ad hoc fictif" });
        Assert.False((await informed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awaitsGuardianNotice").GetBoolean());

        // A provider that takes only adults does not take a child.
        var adultsOnly = await ShelterProviderAsync(app);
        var refused = await ReferAsync(ngo, caseId, adultsOnly, null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task TheProviderAcceptsAndCompletes_TakingThenFreeingAPlace_AndIllegalStepsChangeNothing()
    {
        var provider = await ShelterProviderAsync(app, total: 2);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var shelter = await app.ApiAsAsync("shelter@demo.test");
        var police = await app.ApiAsAsync("police@demo.test");
        var referral = await SentReferralAsync(ngo, provider);

        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.PostAsync($"/api/v1/referrals/{referral}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.PostAsync($"/api/v1/referrals/{referral}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await shelter.PostAsync($"/api/v1/referrals/{referral}/complete", null)).StatusCode);
        Assert.Equal("sent", await StatusOfAsync(ngo, referral));

        var accepted = await shelter.PostAsync($"/api/v1/referrals/{referral}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1, (await ProviderAsync(ngo, provider)).GetProperty("placesOccupied").GetInt32());

        var again = await shelter.PostAsync($"/api/v1/referrals/{referral}/accept", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("referral.illegal-transition", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await shelter.PostAsJsonAsync($"/api/v1/referrals/{referral}/decline", new { reason = "Trop tard" })).StatusCode);
        Assert.Equal(1, (await ProviderAsync(ngo, provider)).GetProperty("placesOccupied").GetInt32());
        Assert.Equal("accepted", await StatusOfAsync(ngo, referral));

        Assert.Equal(HttpStatusCode.OK, (await shelter.PostAsync($"/api/v1/referrals/{referral}/complete", null)).StatusCode);
        Assert.Equal(0, (await ProviderAsync(ngo, provider)).GetProperty("placesOccupied").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await ngo.PostAsync($"/api/v1/referrals/{referral}/withdraw", null)).StatusCode);
        Assert.Equal("completed", await StatusOfAsync(ngo, referral));

        var audited = app.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Details != null && e.Details.Contains(referral)).Select(e => e.EventType).ToList());
        Assert.Contains(AuditEventType.ReferralSent, audited);
        Assert.Contains(AuditEventType.ReferralAccepted, audited);
        Assert.Contains(AuditEventType.ReferralCompleted, audited);
        Assert.Contains(AuditEventType.ReferredCaseViewed, audited);
    }

    [Fact]
    public async Task DecliningNeedsAReason_AndWithdrawingAnAcceptedReferralFreesItsPlace()
    {
        var provider = await ShelterProviderAsync(app, total: 3);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var shelter = await app.ApiAsAsync("shelter@demo.test");
        var declined = await SentReferralAsync(ngo, provider);
        var noReason = await shelter.PostAsJsonAsync($"/api/v1/referrals/{declined}/decline", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("sent", await StatusOfAsync(ngo, declined));
        var decline = await shelter.PostAsJsonAsync($"/api/v1/referrals/{declined}/decline", new { reason = "Public non accueilli (fictif)" });
        Assert.Equal("declined", (await decline.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var withdrawn = await SentReferralAsync(ngo, provider);
        Assert.Equal(HttpStatusCode.OK, (await shelter.PostAsync($"/api/v1/referrals/{withdrawn}/accept", null)).StatusCode);
        Assert.Equal(1, (await ProviderAsync(ngo, provider)).GetProperty("placesOccupied").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await shelter.PostAsync($"/api/v1/referrals/{withdrawn}/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ngo.PostAsJsonAsync($"/api/v1/referrals/{withdrawn}/withdraw", new { reason = "Autre solution trouvée" })).StatusCode);
        Assert.Equal(0, (await ProviderAsync(ngo, provider)).GetProperty("placesOccupied").GetInt32());
    }

    [Fact]
    public async Task TheProviderReadsTheReferredPerson_OnlyWhileTheReferralIsActive()
    {
        var provider = await ShelterProviderAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var shelter = await app.ApiAsAsync("shelter@demo.test");
        foreach (var ending in new[] { "withdraw", "decline", "complete" })
        {
            var referral = await SentReferralAsync(ngo, provider);
            var detail = await shelter.GetAsync($"/api/v1/referrals/{referral}");
            Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
            var body = await detail.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Nom Legal Fictif", body, StringComparison.Ordinal);
            Assert.DoesNotContain("+33", body, StringComparison.Ordinal);
            var person = JsonDocument.Parse(body).RootElement.GetProperty("person");
            Assert.Equal("female", person.GetProperty("sex").GetString());
            Assert.Equal("NG", person.GetProperty("nationality").GetString());
            Assert.Contains("yo", person.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
            var incoming = await shelter.GetAllItemsAsync("/api/v1/referrals?direction=incoming&status=sent");
            Assert.Contains(incoming.EnumerateArray(), r => r.GetProperty("id").GetString() == referral);

            var actor = ending == "withdraw" ? ngo : shelter;
            if (ending == "complete")
            {
                Assert.Equal(HttpStatusCode.OK, (await shelter.PostAsync($"/api/v1/referrals/{referral}/accept", null)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await shelter.GetAsync($"/api/v1/referrals/{referral}")).StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await actor.PostAsJsonAsync($"/api/v1/referrals/{referral}/{ending}", new { reason = "Fin (fictif)" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/api/v1/referrals/{referral}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await ngo.GetAsync($"/api/v1/referrals/{referral}")).StatusCode);
        }

        // Someone else entirely never sees it.
        var police = await app.ApiAsAsync("police@demo.test");
        var other = await SentReferralAsync(ngo, provider);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/referrals/{other}")).StatusCode);
    }

    /// <summary>
    /// Runs the requests as a real race: each on its own task and client waits behind one gate, opened only once
    /// all of them are ready, so the requests reach the server together rather than one after the other.
    /// </summary>
    private static async Task<HttpResponseMessage[]> RaceAsync(IReadOnlyList<Func<Task<HttpResponseMessage>>> requests)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;
        var racers = requests.Select(request => Task.Run(async () =>
        {
            if (Interlocked.Increment(ref waiting) == requests.Count)
            {
                allReady.SetResult();
            }

            await gate.Task;
            return await request();
        })).ToList();

        await allReady.Task;
        gate.SetResult();
        return await Task.WhenAll(racers);
    }

    private async Task<HttpClient[]> ShelterClientsAsync(int count)
    {
        var clients = new HttpClient[count];
        for (var i = 0; i < count; i++)
        {
            clients[i] = await app.ApiAsAsync("shelter@demo.test");
        }

        return clients;
    }

    [Fact]
    public async Task ConcurrentAccepts_NeverTakeMorePlacesThanFree()
    {
        var provider = await ShelterProviderAsync(app, total: 5, occupied: 2);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var referrals = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            referrals.Add(await SentReferralAsync(ngo, provider));
        }

        var clients = await ShelterClientsAsync(referrals.Count);
        var responses = await RaceAsync([.. referrals.Select((id, i) => (Func<Task<HttpResponseMessage>>)(() => clients[i].PostAsync($"/api/v1/referrals/{id}/accept", null)))]);

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(7, refused.Count);
        foreach (var response in refused)
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("provider.full", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        var capacity = await ProviderAsync(ngo, provider);
        Assert.Equal(5, capacity.GetProperty("placesOccupied").GetInt32());
        var statuses = await Task.WhenAll(referrals.Select(id => StatusOfAsync(ngo, id)));
        Assert.Equal(3, statuses.Count(s => s == "accepted"));
        Assert.Equal(7, statuses.Count(s => s == "sent"));
    }

    [Fact]
    public async Task TwoConcurrentAccepts_OfTheSameReferral_OneWins_AndOnePlaceIsTaken()
    {
        var provider = await ShelterProviderAsync(app, total: 5, occupied: 1);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var clients = await ShelterClientsAsync(2);

        // A few rounds, each a fresh referral raced by two clients of the provider's agency.
        const int rounds = 3;
        for (var round = 0; round < rounds; round++)
        {
            var referral = await SentReferralAsync(ngo, provider);
            var responses = await RaceAsync([.. clients.Select(client => (Func<Task<HttpResponseMessage>>)(() => client.PostAsync($"/api/v1/referrals/{referral}/accept", null)))]);

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var loser = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK);
            Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
            Assert.Contains((await loser.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString(), new[] { "referral.illegal-transition", "referral.changed" });
            Assert.Equal("accepted", await StatusOfAsync(ngo, referral));
            Assert.Equal(1, app.WithDb(db => db.AuditEntries.Count(e => e.EventType == AuditEventType.ReferralAccepted && e.Details!.Contains(referral))));
            Assert.Equal(2 + round, (await ProviderAsync(ngo, provider)).GetProperty("placesOccupied").GetInt32());
        }
    }
}
