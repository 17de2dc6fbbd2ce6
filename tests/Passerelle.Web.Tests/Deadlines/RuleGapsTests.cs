using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;
using Passerelle.Web.Tests.Children;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Deadlines;

/// <summary>
/// Deadlines that other features' facts move: Focal Point enquiries, the lead agency's digest, nationality and the
/// protection from removal during the reflection period. On the fake clock: today is Monday 15 June 2026.
/// </summary>
[Collection(DeadlinesCollection.Name)]
public sealed class RuleGapsTests(DeadlinesApp app)
{
    private static async Task<JsonElement?> DeadlineAsync(HttpClient api, string caseId, string rule) =>
        (await api.GetAllItemsAsync($"/api/v1/cases/{caseId}/deadlines")).EnumerateArray()
            .Where(d => d.GetProperty("rule").GetString() == rule).Select(d => (JsonElement?)d).FirstOrDefault();

    private static async Task PutRightsAsync(HttpClient api, string caseId, object body)
    {
        var etag = (await api.GetAsync($"/api/v1/cases/{caseId}/rights")).Headers.ETag!.Tag;
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{caseId}/rights") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.ParseAdd(etag);
        var response = await api.SendAsync(put);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LinkedEnquiry_GivesTheCaseItsDeadline_MetWhenAnswered()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, _) = await ChildCases.DisputedAgeAsync(ngo);
        var nfp = await app.ApiAsAsync("coordinator@demo.test");

        var received = await ChildCases.PostAsync(nfp, "/api/v1/focal-point/enquiries", new
        {
            country = "RO",
            authority = "Autorité fictive roumaine",
            receivedOn = "2026-06-01",
            subject = "Demande fictive sur un mineur",
            linkedCase = reference,
        }, HttpStatusCode.Created);
        var deadline = (await DeadlineAsync(ngo, id, "focal-point-enquiry"))!.Value;
        Assert.Equal("2026-07-01", deadline.GetProperty("dueOn").GetString());
        Assert.Equal("upcoming", deadline.GetProperty("status").GetString());

        await ChildCases.PostAsync(nfp, $"/api/v1/focal-point/enquiries/{received.GetProperty("id").GetString()}/answer", new { answer = "Réponse fictive." }, HttpStatusCode.OK);
        var met = (await DeadlineAsync(ngo, id, "focal-point-enquiry"))!.Value;
        Assert.Equal("met", met.GetProperty("status").GetString());
        Assert.Equal("2026-06-15", met.GetProperty("metOn").GetString());
    }

    [Fact]
    public async Task Digest_ReachesTheLeadAgency_OfACaseItDoesNotHold()
    {
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, _) = await ChildCases.DisputedAgeAsync(ngo);
        await PutRightsAsync(ngo, id, new { prefectureReceiptOn = "2026-05-01" });
        await ChildCases.PutAsync(ngo, $"/api/v1/cases/{id}/child-protection/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);

        while (app.Smtp.Received.TryDequeue(out _))
        {
        }

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync("/api/v1/deadlines/digest", null)).StatusCode);
        var mails = app.Smtp.Received.ToList();
        var toLead = Assert.Single(mails, m => m.Recipients.Contains("childwelfare@demo.test"));
        Assert.Contains(reference, Text(toLead.Message), StringComparison.Ordinal);
        Assert.DoesNotContain(mails, m => m.Recipients.Contains("ngo2@demo.test") && Text(m.Message).Contains(reference, StringComparison.Ordinal));

        // The digest and the lead agency's own dashboard say the same.
        var lead = await app.ApiAsAsync("childwelfare@demo.test");
        var overdue = await lead.GetAllItemsAsync("/api/v1/deadlines?due=overdue");
        Assert.Contains(overdue.EnumerateArray(), d => d.GetProperty("caseReference").GetString() == reference);
    }

    [Fact]
    public async Task FrenchNational_HasNoReflectionPeriodToFollow()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var french = await ngo.PostAsJsonAsync("/api/v1/cases", new
        {
            pseudonym = CaseApi.Unique("Francaise"),
            sex = "female",
            birthYear = 1999,
            nationality = "FR",
            exploitationForms = new[] { "sexual-exploitation" },
            departement = "93",
            detectedOn = "2026-03-02",
        });
        Assert.Equal(HttpStatusCode.Created, french.StatusCode);
        var id = (await french.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await PutRightsAsync(ngo, id, new { prefectureReceiptOn = "2026-06-01" });

        Assert.Null(await DeadlineAsync(ngo, id, "reflection-period"));
        Assert.True(ChildCases.Absent(await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/rights"), "protectedFromRemovalUntil"));
    }

    [Fact]
    public async Task ProtectedFromRemoval_WhileTheReflectionPeriodRuns()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Protegee"))).GetProperty("id").GetString()!;
        Assert.True(ChildCases.Absent(await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/rights"), "protectedFromRemovalUntil"));

        await PutRightsAsync(ngo, id, new { prefectureReceiptOn = "2026-06-01" });
        Assert.Equal("2026-07-01", (await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/rights")).GetProperty("protectedFromRemovalUntil").GetString());
        var pages = await app.PagesAsAsync("ngo@demo.test");
        Assert.Contains("Protégé(e) contre l'éloignement jusqu'au 01/07/2026", WebUtility.HtmlDecode(await pages.GetStringAsync($"/Rights/{id}")), StringComparison.Ordinal);
        Assert.Contains("Protégé(e) contre l'éloignement jusqu'au 01/07/2026", WebUtility.HtmlDecode(await pages.GetStringAsync($"/Cases/Details/{id}")), StringComparison.Ordinal);

        // Over once the person has decided; and a period that ended is no protection.
        await PutRightsAsync(ngo, id, new { prefectureReceiptOn = "2026-06-01", reflectionDecisionOn = "2026-06-10" });
        Assert.True(ChildCases.Absent(await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/rights"), "protectedFromRemovalUntil"));
        await PutRightsAsync(ngo, id, new { prefectureReceiptOn = "2026-05-01" });
        Assert.True(ChildCases.Absent(await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/rights"), "protectedFromRemovalUntil"));
        Assert.DoesNotContain("data-testid=\"protected-from-removal\"", await pages.GetStringAsync($"/Rights/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReflectionPeriod_ToRequestBeforeTheReceipt_AndStoppedByItsWithdrawal()
    {
        // CESEDA R.425-2: before a receipt the person is not protected; the pages say what to do instead.
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Recepisse"))).GetProperty("id").GetString()!;
        Assert.Equal("to-request", (await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/rights")).GetProperty("reflectionStatus").GetString());
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var before = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Rights/{id}"));
        Assert.Contains("Délai de réflexion à demander", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"protected-from-removal\"", before, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"reflection-to-request\"", await pages.GetStringAsync($"/Cases/Details/{id}"), StringComparison.Ordinal);

        await PutRightsAsync(ngo, id, new { prefectureReceiptOn = "2026-06-01" });
        Assert.Equal("running", (await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/rights")).GetProperty("reflectionStatus").GetString());

        // R.425-2 al. 2: the prefect withdrew the receipt; the protection stops.
        await PutRightsAsync(ngo, id, new { prefectureReceiptOn = "2026-06-01", prefectureReceiptWithdrawnOn = "2026-06-10" });
        var withdrawn = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/rights");
        Assert.Equal("withdrawn", withdrawn.GetProperty("reflectionStatus").GetString());
        Assert.Equal("2026-06-10", withdrawn.GetProperty("prefectureReceiptWithdrawnOn").GetString());
        Assert.True(ChildCases.Absent(withdrawn, "protectedFromRemovalUntil"));
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Rights/{id}"));
        Assert.Contains("data-testid=\"reflection-withdrawn\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"protected-from-removal\"", page, StringComparison.Ordinal);

        // A withdrawal without a receipt, or before it, is refused.
        var etag = (await ngo.GetAsync($"/api/v1/cases/{id}/rights")).Headers.ETag!.Tag;
        var bad = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}/rights") { Content = JsonContent.Create(new { prefectureReceiptOn = "2026-06-01", prefectureReceiptWithdrawnOn = "2026-05-10" }) };
        bad.Headers.IfMatch.ParseAdd(etag);
        var refused = await ngo.SendAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("prefectureReceiptWithdrawnOn", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Text(MimeMessage message) => message.TextBody ?? "";
}
