using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Passerelle.Web.Tests.Linkage;

internal static class LinkageClient
{
    public static object Person(string legalName, string? dateOfBirth, string? phone, string nationality = "NG", string sex = "female", int? birthYear = null, string departement = "93") => new
    {
        pseudonym = "Fictive " + Guid.NewGuid().ToString("N")[..6],
        sex,
        birthYear = birthYear ?? (dateOfBirth is null ? null : int.Parse(dateOfBirth[..4], System.Globalization.CultureInfo.InvariantCulture)),
        ageDisputed = false,
        nationality,
        exploitationForms = new[] { "sexual-exploitation" },
        departement,
        detectedOn = "2026-03-02",
        legalName,
        dateOfBirth,
        phone,
        languages = new[] { "en" },
    };

    public static async Task<Guid> CreateAsync(HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/cases", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Replaces a case's facts through the API (GET for the ETag, then PUT with If-Match).</summary>
    public static async Task EditAsync(HttpClient api, Guid id, object body)
    {
        var read = await api.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        var response = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<JsonElement> RunAsync(HttpClient coordinator)
    {
        var response = await coordinator.PostAsync("/api/v1/linkage/runs", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement[]> PairsAsync(HttpClient coordinator, string url)
    {
        var response = await coordinator.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()];
    }

    public static bool Joins(JsonElement pair, Guid a, Guid b)
    {
        var left = pair.GetProperty("left").GetProperty("caseId").GetGuid();
        var right = pair.GetProperty("right").GetProperty("caseId").GetGuid();
        return (left == a && right == b) || (left == b && right == a);
    }
}
