using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;
using static Passerelle.Web.Tests.Referrals.ReferralApi;

namespace Passerelle.Web.Tests.Referrals;

[Collection(AppCollection.Name)]
public sealed class ReferralsPagesTests(PasserelleApp app)
{
    [Fact]
    public async Task ACaseIsReferredFromItsPage_AndTheShelterAcceptsItFromTheReferralsPage()
    {
        var provider = await ShelterProviderAsync(app, total: 2);
        var ngoApi = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngoApi, CaseApi.Unique("PagesRef"));
        var id = created.GetProperty("id").GetString();
        var reference = created.GetProperty("reference").GetString()!;

        var ngo = await app.PagesAsAsync("ngo@demo.test");
        Assert.Contains("data-testid=\"refer\"", await ngo.GetStringAsync($"/Cases/Details/{id}"), StringComparison.Ordinal);
        var search = $"/Referrals/New/{id}?Service=specialised-shelter&Departement=75&FreePlaces=true";
        Assert.Contains(provider, await ngo.GetStringAsync(search), StringComparison.Ordinal);

        var withoutConsent = await Forms.PostAsync(ngo, search, [new("Service", "specialised-shelter"), new("ProviderId", provider)], $"/Referrals/New/{id}");
        Assert.Equal(HttpStatusCode.OK, withoutConsent.StatusCode);
        Assert.Contains("data-testid=\"referral-errors\"", await withoutConsent.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sent = await Forms.PostAsync(ngo, search,
            [new("Service", "specialised-shelter"), new("ProviderId", provider), new("ConsentGivenOn", "2026-03-02"), new("ConsentLanguage", "English"), new("ConsentExplainedBy", "Travailleuse sociale Démo")],
            $"/Referrals/New/{id}");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("data-testid=\"referrals-table\"", await ngo.GetStringAsync($"/Cases/Details/{id}"), StringComparison.Ordinal);

        var shelter = await app.PagesAsAsync("shelter@demo.test");
        Assert.Contains($"data-testid=\"incoming-{reference}\"", await shelter.GetStringAsync("/Referrals"), StringComparison.Ordinal);
        var referral = (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/referrals"))[0].GetProperty("id").GetString()!;
        var noReason = await Forms.PostAsync(shelter, "/Referrals", [new("ReferralId", referral), new("Action", "decline"), new("Reason", "")]);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("fr-error-text", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(shelter, "/Referrals", [new("ReferralId", referral), new("Action", "accept")])).StatusCode);
        Assert.Equal("accepted", (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referral}")).GetProperty("referral").GetProperty("status").GetString());

        // The shelter reads the referred person, not the case itself.
        Assert.Equal(HttpStatusCode.OK, (await shelter.GetAsync($"/Referrals/Details/{referral}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/Details/{id}")).StatusCode);
    }

    [Fact]
    public async Task TheDirectoryAndTheCapacityReport()
    {
        var provider = await ShelterProviderAsync(app, total: 4);
        var police = await app.PagesAsAsync("police@demo.test");
        Assert.Contains(provider, await police.GetStringAsync("/Providers?Service=specialised-shelter&Departement=75"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"capacity-form\"", await police.GetStringAsync($"/Providers/Details/{provider}"), StringComparison.Ordinal);
        var denied = await police.GetAsync("/Providers/New");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var shelter = await app.PagesAsAsync("shelter@demo.test");
        Assert.Contains("data-testid=\"capacity-form\"", await shelter.GetStringAsync($"/Providers/Details/{provider}"), StringComparison.Ordinal);
        var over = await Forms.PostAsync(shelter, $"/Providers/Details/{provider}", [new("PlacesTotal", "2"), new("PlacesOccupied", "3")]);
        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        Assert.Contains("fr-error-text", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(shelter, $"/Providers/Details/{provider}", [new("PlacesTotal", "6"), new("PlacesOccupied", "3")])).StatusCode);
        var api = await app.ApiAsAsync("police@demo.test");
        Assert.Equal(3, (await ProviderAsync(api, provider)).GetProperty("placesFree").GetInt32());

        var coordinator = await app.PagesAsAsync("coordinator@demo.test");
        var added = await Forms.PostAsync(coordinator, "/Providers/New",
            [new("Name", CaseApi.Unique("Page fictive ")), new("Services", "Medical"), new("Departement", "13"), new("Languages", "fr, en"), new("AcceptsAdults", "true"), new("PlacesTotal", "5"), new("PlacesOccupied", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }
}
