using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Audit;
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
        var referral = (await ngoApi.GetAllItemsAsync($"/api/v1/cases/{id}/referrals"))[0].GetProperty("id").GetString()!;
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
    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static async Task<string> SentChildReferralAsync(HttpClient ngo, string caseId, string provider)
    {
        var sent = await ReferAsync(ngo, caseId, provider, consent: null);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task AChildsGuardianNotice_IsRecordedFromTheCasePage_OrTheReferralPage_ByTheSendingAgencyOnly()
    {
        var provider = await ShelterProviderAsync(app, children: true);
        var ngoApi = await app.ApiAsAsync("ngo@demo.test");
        var caseId = await ChildCaseAsync(ngoApi);
        var first = await SentChildReferralAsync(ngoApi, caseId, provider);
        var second = await SentChildReferralAsync(ngoApi, caseId, provider);
        var ngo = await app.PagesAsAsync("ngo@demo.test");
        var casePage = $"/Cases/Details/{caseId}";
        Assert.Equal(2, Occurrences(await ngo.GetStringAsync(casePage), "data-testid=\"guardian-notice-form\""));

        // The provider and the coordinator read the referral but do not record the notice.
        Assert.DoesNotContain("guardian-notice-form", await (await app.PagesAsAsync("shelter@demo.test")).GetStringAsync($"/Referrals/Details/{first}"), StringComparison.Ordinal);
        Assert.DoesNotContain("guardian-notice-form", await (await app.PagesAsAsync("coordinator@demo.test")).GetStringAsync($"/Referrals/Details/{first}"), StringComparison.Ordinal);
        var ngo2 = await app.PagesAsAsync("ngo2@demo.test");
        var outsider = await Forms.PostAsync(ngo2, "/Referrals", [new("Guardian", "Tuteur fictif")], $"/Referrals/Details/{first}?handler=GuardianNotice");
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);

        var handler = $"/Referrals/Details/{first}?handler=GuardianNotice";
        var blank = await Forms.PostAsync(ngo, casePage, [new("Guardian", " "), new("ReturnTo", "case")], handler);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var blankPage = await blank.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"guardian-{first.Replace("-", "", StringComparison.Ordinal)[..8]}-error\"", blankPage, StringComparison.Ordinal);
        Assert.Contains("Indiquez le représentant légal", System.Net.WebUtility.HtmlDecode(blankPage), StringComparison.Ordinal);

        var fromCase = await Forms.PostAsync(ngo, casePage, [new("InformedOn", "2026-03-03"), new("Guardian", "Administratrice ad hoc fictive"), new("ReturnTo", "case")], handler);
        Assert.Equal(HttpStatusCode.Redirect, fromCase.StatusCode);
        Assert.Equal($"/Cases/Details/{caseId}#referrals", fromCase.Headers.Location!.OriginalString);
        var recorded = (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{first}")).GetProperty("referral");
        Assert.False(recorded.GetProperty("awaitsGuardianNotice").GetBoolean());
        Assert.Equal("2026-03-03", recorded.GetProperty("guardianInformedOn").GetString());
        Assert.DoesNotContain("fictive", app.WithDb(db => db.Referrals.Single(r => r.Id == Guid.Parse(first)).ProtectedGuardian)!, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.CaseId == Guid.Parse(caseId) && e.EventType == AuditEventType.ReferralGuardianInformed)));
        Assert.Equal(1, Occurrences(await ngo.GetStringAsync(casePage), "data-testid=\"guardian-notice-form\""));

        // From the referral's own page, without a date (the service takes today's).
        var details = $"/Referrals/Details/{second}";
        Assert.Contains("data-testid=\"guardian-notice-form\"", await ngo.GetStringAsync(details), StringComparison.Ordinal);
        var fromDetails = await Forms.PostAsync(ngo, details, [new("Guardian", "Tuteur fictif")], $"{details}?handler=GuardianNotice");
        Assert.Equal(HttpStatusCode.Redirect, fromDetails.StatusCode);
        var after = await ngo.GetStringAsync(details);
        Assert.DoesNotContain("guardian-notice-form", after, StringComparison.Ordinal);
        var informedOn = (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{second}")).GetProperty("referral").GetProperty("guardianInformedOn").GetString();
        var shown = DateOnly.ParseExact(informedOn!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Contains($"data-testid=\"guardian-informed-on\">({shown})", after, StringComparison.Ordinal);
        Assert.DoesNotContain("guardian-notice-form", await ngo.GetStringAsync(casePage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_FromTheReferralsPage_StoresTheOptionalReason()
    {
        var provider = await ShelterProviderAsync(app);
        var ngoApi = await app.ApiAsAsync("ngo@demo.test");
        var withReason = await SentReferralAsync(ngoApi, provider);
        var withoutReason = await SentReferralAsync(ngoApi, provider);
        var ngo = await app.PagesAsAsync("ngo@demo.test");
        Assert.Contains($"id=\"withdraw-{withReason}\"", await ngo.GetStringAsync("/Referrals"), StringComparison.Ordinal);

        var tooLong = await Forms.PostAsync(ngo, "/Referrals", [new("ReferralId", withReason), new("Action", "withdraw"), new("Reason", new string('x', 1001))]);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("fr-error-text", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("sent", (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{withReason}")).GetProperty("referral").GetProperty("status").GetString());

        const string reason = "La personne est hébergée par une amie (fictif).";
        var withdrawn = await Forms.PostAsync(ngo, "/Referrals", [new("ReferralId", withReason), new("Action", "withdraw"), new("Reason", reason)]);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var stored = (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{withReason}")).GetProperty("referral");
        Assert.Equal("withdrawn", stored.GetProperty("status").GetString());
        Assert.Equal(reason, stored.GetProperty("reason").GetString());
        Assert.DoesNotContain("amie", app.WithDb(db => db.Referrals.Single(r => r.Id == Guid.Parse(withReason)).ProtectedReason)!, StringComparison.Ordinal);
        Assert.Contains(reason, System.Net.WebUtility.HtmlDecode(await ngo.GetStringAsync("/Referrals")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(ngo, "/Referrals", [new("ReferralId", withoutReason), new("Action", "withdraw"), new("Reason", "")])).StatusCode);
        var bare = (await ngoApi.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{withoutReason}")).GetProperty("referral");
        Assert.Equal("withdrawn", bare.GetProperty("status").GetString());
        Assert.True(!bare.TryGetProperty("reason", out var none) || none.ValueKind == JsonValueKind.Null);
    }
}
