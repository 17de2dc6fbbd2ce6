using System.Net;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Deadlines;

[Collection(DeadlinesCollection.Name)]
public sealed class DeadlinePagesTests(DeadlinesApp app)
{
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
        Assert.Contains("2026-06-19", details, StringComparison.Ordinal);
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
