using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Referrals;

/// <summary>Helpers: providers of the demo shelter agency, and cases to refer.</summary>
internal static class ReferralApi
{
    public static readonly object Consent = new { givenOn = "2026-03-02", language = "en", explainedBy = "Travailleuse sociale Démo" };

    public static async Task<string> ShelterAgencyIdAsync(PasserelleApp app)
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var agencies = await admin.GetAllItemsAsync("/api/v1/agencies");
        return agencies.EnumerateArray().First(a => a.GetProperty("name").GetString() == "Centre d'hébergement Démo (fictif)").GetProperty("id").GetString()!;
    }

    public static object ProviderBody(string name, string? agencyId, int total = 5, int occupied = 0, string departement = "75", bool children = false) => new
    {
        name,
        services = new[] { "specialised-shelter", "emergency-accommodation" },
        departement,
        languages = new[] { "fr", "en" },
        acceptsAdults = true,
        acceptsChildren = children,
        acceptedSexes = Array.Empty<string>(),
        placesTotal = total,
        placesOccupied = occupied,
        agencyId,
    };

    /// <summary>A provider acting through the demo shelter agency, created by the coordinator.</summary>
    public static async Task<string> ShelterProviderAsync(PasserelleApp app, int total = 5, int occupied = 0, bool children = false)
    {
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var created = await coordinator.PostAsJsonAsync("/api/v1/providers", ProviderBody(CaseApi.Unique("Foyer fictif "), await ShelterAgencyIdAsync(app), total, occupied, children: children));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> ChildCaseAsync(HttpClient api)
    {
        var response = await api.PostAsJsonAsync("/api/v1/cases", new
        {
            pseudonym = CaseApi.Unique("Enfant"),
            sex = "female",
            estimatedAge = 16,
            ageDisputed = true,
            nationality = "NG",
            exploitationForms = new[] { "sexual-exploitation" },
            departement = "93",
            detectedOn = "2026-03-02",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<HttpResponseMessage> ReferAsync(HttpClient api, string caseId, string providerId, object? consent, object? guardianNotice = null) =>
        await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { providerId, service = "specialised-shelter", consent, guardianNotice });

    public static async Task<string> SentReferralAsync(HttpClient ngo, string providerId)
    {
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Orientee"), "Nom Legal Fictif")).GetProperty("id").GetString()!;
        var sent = await ReferAsync(ngo, caseId, providerId, Consent);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> ProviderAsync(HttpClient api, string providerId) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/v1/providers/{providerId}");
}
