using System.Globalization;
using System.Net;
using System.Text.Json;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Children;

[Collection(AppCollection.Name)]
public sealed class ChildrenPagesTests(PasserelleApp app)
{
    [Fact]
    public async Task CasePage_ShowsChildProtection_ForAPresumedChildOnly_AndItsFormsWork()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, _) = await ChildCases.DisputedAgeAsync(api);
        var adult = await CaseApi.CreateAsync(api, CaseApi.Unique("Adulte"));
        var ngo = await app.PagesAsAsync("ngo@demo.test");
        Assert.DoesNotContain("data-testid=\"child-protection\"", await ngo.GetStringAsync($"/Cases/Details/{adult.GetProperty("id")}"), StringComparison.Ordinal);
        var page = $"/Cases/Details/{id}";
        Assert.Contains("data-testid=\"child-protection\"", await ngo.GetStringAsync(page), StringComparison.Ordinal);

        var empty = await Forms.PostAsync(ngo, page, [new("LastSeenAt", ""), new("ReportedBy", "Veilleur fictif")], $"/Cases/{id}/ChildProtection?handler=Missing");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("id=\"missing-where-error\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reported = await Forms.PostAsync(ngo, page, [new("LastSeenAt", "Hôtel fictif"), new("ReportedBy", "Veilleur fictif")], $"/Cases/{id}/ChildProtection?handler=Missing");
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Contains("data-testid=\"missing-episode\"", await ngo.GetStringAsync(page), StringComparison.Ordinal);

        var guarded = await Forms.PostAsync(ngo, page, [new("SolutionType", "Integration")], $"/Cases/{id}/ChildProtection?handler=Solution");
        Assert.Equal(HttpStatusCode.OK, guarded.StatusCode);
        Assert.Contains("fr-alert--error", await guarded.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var coordinator = await app.PagesAsAsync("coordinator@demo.test");
        Assert.Contains($"data-testid=\"notification-{reference}\"", await coordinator.GetStringAsync("/Notifications"), StringComparison.Ordinal);
        var ngo2 = await app.PagesAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync($"/Cases/{id}/ChildProtection")).StatusCode);
    }

    [Fact]
    public async Task FocalPointPages_LogAnEnquiry_HighlightOverdue_AndRecordTheAnswer()
    {
        var nfp = await app.PagesAsAsync("coordinator@demo.test");
        var receivedOn = Passerelle.Domain.Time.LegalToday.Today(TimeProvider.System).AddDays(-60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var logged = await Forms.PostAsync(nfp, "/FocalPoint", [new("Country", "PT"), new("Authority", "Autoridade fictícia"), new("ReceivedOn", receivedOn), new("Subject", "Pedido fictício")]);
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var details = logged.Headers.Location!.ToString();
        Assert.Contains("data-testid=\"overdue\"", await nfp.GetStringAsync(details), StringComparison.Ordinal);
        Assert.Contains("Autoridade fictícia", await nfp.GetStringAsync("/FocalPoint?filter=overdue"), StringComparison.Ordinal);

        var invalid = await Forms.PostAsync(nfp, "/FocalPoint", [new("Country", ""), new("Authority", "A"), new("Subject", "S")]);
        Assert.Contains("id=\"country-error\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(nfp, details, [new("Answer", "Resposta fictícia")])).StatusCode);
        Assert.Contains("Resposta fictícia", await nfp.GetStringAsync(details), StringComparison.Ordinal);
        var api = await app.ApiAsAsync("coordinator@demo.test");
        var id = details.Split('/')[^1];
        Assert.Equal("met", JsonDocument.Parse(await api.GetStringAsync($"/api/v1/focal-point/enquiries/{id}")).RootElement.GetProperty("status").GetString());
    }
}
