using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;
using static Passerelle.Web.Tests.Referrals.ReferralApi;

namespace Passerelle.Web.Tests.Referrals;

[Collection(AppCollection.Name)]
public sealed class ProvidersApiTests(PasserelleApp app)
{
    [Fact]
    public async Task OnlyAdministratorsAndTheCoordinatorManageProviders()
    {
        var body = ProviderBody(CaseApi.Unique("Foyer fictif "), null);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync("police@demo.test")).PostAsJsonAsync("/api/v1/providers", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync("ngo@demo.test")).PostAsJsonAsync("/api/v1/providers", body)).StatusCode);
        var admin = await app.ApiAsAsync("admin@demo.test");
        var created = await admin.PostAsJsonAsync("/api/v1/providers", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var bad = await admin.PostAsJsonAsync("/api/v1/providers", new
        {
            name = "",
            services = Array.Empty<string>(),
            departement = "999",
            acceptsAdults = false,
            acceptsChildren = false,
            placesTotal = 2,
            placesOccupied = 3,
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "services", "departement", "acceptsAdults", "placesOccupied" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task TheProvidersUsersReportCapacity_KeptAsHistory()
    {
        var provider = await ShelterProviderAsync(app, total: 4, occupied: 1);
        var shelter = await app.ApiAsAsync("shelter@demo.test");
        var ngo = await app.ApiAsAsync("ngo@demo.test");

        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.PutAsJsonAsync($"/api/v1/providers/{provider}/capacity", new { placesTotal = 6, placesOccupied = 2 })).StatusCode);
        var over = await shelter.PutAsJsonAsync($"/api/v1/providers/{provider}/capacity", new { placesTotal = 3, placesOccupied = 4 });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.True((await over.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("placesOccupied", out _));
        Assert.Equal(1, (await ProviderAsync(ngo, provider)).GetProperty("placesOccupied").GetInt32());

        var reported = await shelter.PutAsJsonAsync($"/api/v1/providers/{provider}/capacity", new { placesTotal = 6, placesOccupied = 2 });
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal(4, (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("placesFree").GetInt32());

        var history = await ngo.GetAllItemsAsync($"/api/v1/providers/{provider}/capacity-history");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(6, history[0].GetProperty("placesTotal").GetInt32());
        Assert.Equal("Intervenante hébergement Démo", history[0].GetProperty("reportedBy").GetString());
        Assert.Equal(4, history[1].GetProperty("placesTotal").GetInt32());
        Assert.True(app.WithDb(db => db.AuditEntries.AsNoTracking().Any(e => e.EventType == AuditEventType.ProviderCapacityReported && e.Details!.Contains(provider))));
    }

    [Fact]
    public async Task TheDirectoryIsSearchedByNeed()
    {
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var departement = "2A";
        var full = ProviderBody(CaseApi.Unique("Complet fictif "), null, total: 2, occupied: 2, departement: departement);
        var open = ProviderBody(CaseApi.Unique("Ouvert fictif "), null, total: 4, occupied: 1, departement: departement, children: true);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/v1/providers", full)).StatusCode);
        var openId = (await (await coordinator.PostAsJsonAsync("/api/v1/providers", open)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        async Task<List<string?>> Search(string query) =>
            [.. (await coordinator.GetAllItemsAsync($"/api/v1/providers?departement={departement}&{query}")).EnumerateArray().Select(p => p.GetProperty("id").GetString())];

        Assert.Equal(2, (await Search("service=specialised-shelter")).Count);
        Assert.Equal([openId], await Search("service=specialised-shelter&freePlaces=true"));
        Assert.Equal([openId], await Search("population=child"));
        Assert.Empty(await Search("service=medical"));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/providers?service=spa")).StatusCode);
    }
}
