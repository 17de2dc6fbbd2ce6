using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Proceedings;

/// <summary>
/// The pimping-vs-trafficking warning run on the offences recorded in the proceedings (Criminal Code art. 225-4-1
/// and 225-5; OSCE report ¶31, ¶57): on the proceedings API and on the case page, in the user's language.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ChargesWarningTests(PasserelleApp app)
{
    private static readonly object AdultTrafficked = new
    {
        ageAtFacts = 24,
        acts = new[] { "recruit", "harbour" },
        means = new[] { "deception" },
        purposes = new[] { "procuring" },
    };

    private static async Task<HttpResponseMessage> PutChargesAsync(HttpClient api, string url, params string[] offences)
    {
        var etag = (await api.GetAsync($"{url}/proceedings")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Put, $"{url}/proceedings") { Content = JsonContent.Create(new { offencesCharged = offences }) };
        request.Headers.IfMatch.ParseAdd(etag);
        return await api.SendAsync(request);
    }

    // A null is left out of the answer (ApiJson).
    private static bool HasWarning(JsonElement view) =>
        view.TryGetProperty("chargesWarning", out var warning) && warning.ValueKind != JsonValueKind.Null;

    [Fact]
    public async Task ProcuringChargedAlone_WhileTraffickingIsQualified_IsWarned_UntilTraffickingIsCharged()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Charges"))).GetProperty("id").GetString()!;
        var url = $"/api/v1/cases/{id}";

        // Procuring alone, nothing pointing to trafficking yet: no warning.
        Assert.Equal(HttpStatusCode.OK, (await PutChargesAsync(ngo, url, "225-5")).StatusCode);
        var plain = await ngo.GetFromJsonAsync<JsonElement>($"{url}/proceedings");
        Assert.False(HasWarning(plain));
        Assert.Equal("procuring", plain.GetProperty("charged").GetString());

        // A stored advice meets trafficking's elements: the recorded charges are warned, on the API and the case page.
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/qualification", AdultTrafficked)).StatusCode);
        var warned = await ngo.GetFromJsonAsync<JsonElement>($"{url}/proceedings");
        var warning = warned.GetProperty("chargesWarning");
        Assert.Equal("pimping-charged-where-trafficking", warning.GetProperty("code").GetString());
        Assert.Contains("225-4-1", warning.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Le proxénétisme", warning.GetProperty("text").GetString(), StringComparison.Ordinal); // French user
        var pages = await app.PagesAsAsync("ngo@demo.test");
        Assert.Contains("data-testid=\"charges-warning\"", await pages.GetStringAsync($"/Cases/Details/{id}"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"charges-warning\"", await pages.GetStringAsync($"/Proceedings/{id}"), StringComparison.Ordinal);

        // Trafficking charged too: both qualifications, no warning.
        Assert.Equal(HttpStatusCode.OK, (await PutChargesAsync(ngo, url, "225-5", "225-4-1")).StatusCode);
        var both = await ngo.GetFromJsonAsync<JsonElement>($"{url}/proceedings");
        Assert.False(HasWarning(both));
        Assert.Equal("both", both.GetProperty("charged").GetString());
        Assert.DoesNotContain("data-testid=\"charges-warning\"", await pages.GetStringAsync($"/Cases/Details/{id}"), StringComparison.Ordinal);
    }
}
