using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Passerelle.Web.Tests.Infrastructure;

/// <summary>Small helpers to register and read cases through the API.</summary>
public static class CaseApi
{
    public static object Body(string pseudonym, string? legalName = null, string departement = "93") => new
    {
        pseudonym,
        sex = "female",
        birthYear = 2001,
        ageDisputed = false,
        nationality = "NG",
        exploitationForms = new[] { "sexual-exploitation" },
        departement,
        detectedOn = "2026-03-02",
        legalName,
        phone = "+33 1 99 00 12 34",
        languages = new[] { "en", "yo" },
        notes = "Fiche fictive de test.",
    };

    public static async Task<JsonElement> CreateAsync(HttpClient api, string pseudonym, string? legalName = null)
    {
        var response = await api.PostAsJsonAsync("/api/v1/cases", Body(pseudonym, legalName));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";
}
