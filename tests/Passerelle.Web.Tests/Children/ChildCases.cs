using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Children;

/// <summary>Registers cases of presumed children and finds demo agencies and users.</summary>
internal static class ChildCases
{
    /// <summary>A case the NGO in Paris registers for a person met in Seine-Saint-Denis (93) who says they are 16, looks older.</summary>
    public static async Task<(string Id, string Reference, string Pseudonym)> DisputedAgeAsync(HttpClient ngo, string departement = "93")
    {
        var pseudonym = CaseApi.Unique("Enfant");
        var response = await ngo.PostAsJsonAsync("/api/v1/cases", new
        {
            pseudonym,
            sex = "male",
            birthYear = 2001,
            ageDisputed = true,
            nationality = "AF",
            exploitationForms = new[] { "forced-criminality" },
            departement,
            detectedOn = "2026-03-02",
            legalName = "Nom Fictif " + pseudonym,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetString()!, created.GetProperty("reference").GetString()!, pseudonym);
    }

    public static async Task<Dictionary<string, string>> AgencyIdsByTypeAsync(PasserelleApp app)
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var agencies = await admin.GetAllItemsAsync("/api/v1/agencies");
        return agencies.EnumerateArray().Where(a => a.GetProperty("name").GetString()!.Contains("Démo", StringComparison.Ordinal))
            .GroupBy(a => a.GetProperty("type").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("id").GetString()!);
    }

    /// <summary>The API leaves null members out.</summary>
    public static bool Absent(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

    public static async Task<JsonElement> PutAsync(HttpClient api, string url, object body, HttpStatusCode expected)
    {
        var response = await SendPutAsync(api, url, body);
        Assert.True(expected == response.StatusCode, $"PUT {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>PUT on a part of the child protection record, with the If-Match of the record as this user reads it ("0" when they cannot).</summary>
    public static async Task<HttpResponseMessage> SendPutAsync(HttpClient api, string url, object body)
    {
        using var read = await api.GetAsync(url[..url.LastIndexOf('/')]);
        return await PutWithAsync(api, url, body, read.Headers.ETag ?? new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
    }

    /// <summary>PUT with this If-Match, whatever the record's current version.</summary>
    public static async Task<HttpResponseMessage> PutWithAsync(HttpClient api, string url, object body, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return await api.SendAsync(request);
    }

    public static async Task<JsonElement> PostAsync(HttpClient api, string url, object body, HttpStatusCode expected)
    {
        var response = await api.PostAsJsonAsync(url, body);
        Assert.True(expected == response.StatusCode, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
