using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Deadlines;

[Collection(DeadlinesCollection.Name)]
public sealed partial class DeadlinePagesTests(DeadlinesApp app)
{
    // The page shows the date in the reader's format (French: dd/MM/yyyy); the test compares it as ISO.
    [GeneratedRegex("data-testid=\"due-on\">[^<]*?(\\d{2})/(\\d{2})/(\\d{4})")]
    private static partial Regex DueOnPattern();

    private static async Task<string?> PageDueOnAsync(HttpClient pages, string rule, string from, string departement)
    {
        var html = await pages.GetStringAsync($"/Deadlines/Calculator?Rule={rule}&From={from}&Departement={departement}");
        var match = DueOnPattern().Match(html);
        return match.Success ? $"{match.Groups[3].Value}-{match.Groups[2].Value}-{match.Groups[1].Value}" : null;
    }

    [Fact]
    public async Task Calculator_AnswersLikeTheApi_ForEveryRule_AndExplainsIt()
    {
        var ngo = await app.PagesAsAsync("ngo@demo.test");
        Assert.Contains("href=\"/Deadlines/Calculator\"", await ngo.GetStringAsync("/Deadlines"), StringComparison.Ordinal);
        var blank = await ngo.GetStringAsync("/Deadlines/Calculator");
        Assert.DoesNotContain("data-testid=\"due-on\"", blank, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"calculator-errors\"", blank, StringComparison.Ordinal);
        Assert.Contains("value=\"civi-claim-limit\"", blank, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"exit-pathway-commission\"", blank, StringComparison.Ordinal);

        // The worked examples of the README.
        Assert.Equal("2026-04-13", await PageDueOnAsync(ngo, "rg-decision", "2026-04-02", "67"));
        Assert.Equal("2026-04-10", await PageDueOnAsync(ngo, "rg-decision", "2026-04-02", "75"));
        // D15: the card ends on 1 April 2027 (the day before the anniversary); 60 days before is Sunday 31 January: Friday 29.
        Assert.Equal("2027-01-29", await PageDueOnAsync(ngo, "permit-renewal-alert", "2026-04-02", "67"));

        // Every rule the page offers gives the API's due date, with the rule's explanation in French.
        var api = await app.ApiAsAsync("ngo@demo.test");
        foreach (var rule in new[] { "rg-decision", "reflection-period", "aps-expiry", "permit-renewal-alert", "permit-expiry", "exit-pathway-renewal", "focal-point-enquiry", "missing-child-alert", "civi-claim-limit", "agrasc-claim-limit" })
        {
            foreach (var (from, departement) in new[] { ("2026-12-24", "57"), ("2027-05-01", "971") })
            {
                var expected = await api.GetFromJsonAsync<JsonElement>($"/api/v1/deadlines/calculate?rule={rule}&from={from}&departement={departement}");
                Assert.Equal(expected.GetProperty("dueOn").GetString(), await PageDueOnAsync(ngo, rule, from, departement));
            }
        }

        // CPP 706-5: the page takes the CIVI's optional final decision and date of birth, as the API does.
        var civi = WebUtility.HtmlDecode(await ngo.GetStringAsync("/Deadlines/Calculator?Rule=civi-claim-limit&From=2020-01-15&Departement=&FinalDecisionOn=2023-06-01&VictimBirthDate="));
        Assert.Contains("03/06/2024", civi, StringComparison.Ordinal);
        Assert.Contains("id=\"finalDecisionOn\"", civi, StringComparison.Ordinal);
        var minor = WebUtility.HtmlDecode(await ngo.GetStringAsync("/Deadlines/Calculator?Rule=civi-claim-limit&From=2024-02-01&Departement=75&FinalDecisionOn=&VictimBirthDate=2010-07-20"));
        Assert.Contains("21/07/2031", minor, StringComparison.Ordinal);
        Assert.Contains("id=\"from-error\"", await ngo.GetStringAsync("/Deadlines/Calculator?Rule=civi-claim-limit&From=9999-12-31&Departement=75"), StringComparison.Ordinal);

        var explained = await ngo.GetStringAsync("/Deadlines/Calculator?Rule=permit-renewal-alert&From=2026-04-02&Departement=67");
        Assert.Contains("data-testid=\"rule-explanation\"", explained, StringComparison.Ordinal);
        Assert.Contains("60 jours", explained, StringComparison.Ordinal);
        Assert.Contains("120 jours", explained, StringComparison.Ordinal);
        Assert.Contains("selected=\"selected\">67 ", explained, StringComparison.Ordinal);

        // Bad input: each field says what is wrong, as the API does, and nothing is computed.
        var bad = await ngo.GetStringAsync("/Deadlines/Calculator?Rule=exit-pathway-commission&From=2026-02-30&Departement=99");
        Assert.Contains("data-testid=\"calculator-errors\"", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"rule-error\"", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"from-error\"", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"departement-error\"", bad, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"due-on\"", bad, StringComparison.Ordinal);
        var empty = await ngo.GetStringAsync("/Deadlines/Calculator?Rule=&From=&Departement=");
        Assert.Contains("id=\"rule-error\"", empty, StringComparison.Ordinal);
        Assert.Contains("id=\"from-error\"", empty, StringComparison.Ordinal);
        Assert.Contains("id=\"departement-error\"", empty, StringComparison.Ordinal);
        var badDate = await ngo.GetStringAsync("/Deadlines/Calculator?Rule=rg-decision&From=02/04/2026&Departement=67");
        Assert.Contains("id=\"from-error\"", badDate, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"rule-error\"", badDate, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"departement-error\"", badDate, StringComparison.Ordinal);

        // Anyone signed in may use it, as the API.
        Assert.Equal(HttpStatusCode.OK, (await (await app.PagesAsAsync("statistician@demo.test")).GetAsync("/Deadlines/Calculator")).StatusCode);
    }

    [Fact]
    public async Task RightsForm_DerivesDeadlines_ShownOnTheCaseAndTheDashboard()
    {
        var ngoApi = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngoApi, CaseApi.Unique("RightsPage"));
        var id = created.GetProperty("id").GetString();
        var reference = created.GetProperty("reference").GetString()!;
        var ngo = await app.PagesAsAsync("ngo@demo.test");

        var form = await ngo.GetStringAsync($"/Rights/{id}");
        Assert.Contains("name=\"PrefectureReceiptOn\"", form, StringComparison.Ordinal);

        var bad = await Forms.PostAsync(ngo, $"/Rights/{id}", [new("Version", "0"), new("PrefectureReceiptOn", "2026-07-01")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"prefectureReceiptOn-error\"", badPage, StringComparison.Ordinal);
        Assert.Contains("Cette date ne peut pas", badPage, StringComparison.Ordinal);

        var saved = await Forms.PostAsync(ngo, $"/Rights/{id}",
        [
            new("Version", "0"), new("PrefectureReceiptOn", "2026-05-20"),
            new("Permits[0].Kind", "First"), new("Permits[0].IssuedOn", "2025-08-20"),
            new("Exits[0].AppliedOn", ""),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var details = await ngo.GetStringAsync($"/Cases/Details/{id}");
        Assert.Contains("Fin du délai de réflexion", details, StringComparison.Ordinal);
        Assert.Contains("19/06/2026", details, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rights-link\"", details, StringComparison.Ordinal);

        // A stale form (version 0 again) is refused, nothing lost.
        var stale = await Forms.PostAsync(ngo, $"/Rights/{id}", [new("Version", "0"), new("PrefectureReceiptOn", "2026-05-01")]);
        Assert.Contains("data-testid=\"rights-errors\"", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var dashboard = await ngo.GetStringAsync("/Deadlines");
        Assert.Contains(reference, dashboard, StringComparison.Ordinal);
        var other = await (await app.PagesAsAsync("ngo2@demo.test")).GetStringAsync("/Deadlines");
        Assert.DoesNotContain(reference, other, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsAsync("ngo2@demo.test")).GetAsync($"/Rights/{id}")).StatusCode);

        var national = await (await app.PagesAsAsync("coordinator@demo.test")).GetStringAsync("/Deadlines");
        Assert.Contains(reference, national, StringComparison.Ordinal);
        Assert.DoesNotContain(created.GetProperty("pseudonym").GetString()!, national, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommissionPage_IsForAdministratorsAndTheCoordinator()
    {
        var ngo = await app.PagesAsAsync("ngo@demo.test");
        var forbidden = await ngo.GetAsync("/Deadlines/Commissions?departement=59");
        Assert.NotEqual(HttpStatusCode.OK, forbidden.StatusCode);

        var admin = await app.PagesAsAsync("admin@demo.test");
        Assert.Contains("data-testid=\"calendar-kind\"", await admin.GetStringAsync("/Deadlines/Commissions?departement=59"), StringComparison.Ordinal);
        var bad = await Forms.PostAsync(admin, "/Deadlines/Commissions?departement=59", [new("Departement", "59"), new("Sessions", "soon")]);
        Assert.Contains("id=\"sessions-error\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await Forms.PostAsync(admin, "/Deadlines/Commissions?departement=59", [new("Departement", "59"), new("Sessions", "2026-10-08\n2026-07-09")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await admin.GetStringAsync("/Deadlines/Commissions?departement=59");
        Assert.Contains("2026-07-09", page, StringComparison.Ordinal);
        Assert.Contains("2026-10-08", page, StringComparison.Ordinal);
    }
}
