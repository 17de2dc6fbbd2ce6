using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Audit;

/// <summary>Issue 12, item 5: one audit entry per request and case; a case page view lists what it showed.</summary>
[Collection(AppCollection.Name)]
public sealed class CasePageAuditTests(PasserelleApp app)
{
    [Fact]
    public async Task ACasePageView_IsOneAuditEntry_ListingEverySectionShown()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("OneEntry"))).GetProperty("id").GetGuid();
        var pages = await app.PagesAsAsync("ngo@demo.test");
        var head = Head();

        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/Cases/Details/{id}")).StatusCode);

        var entry = Assert.Single(app.WithDb(db => db.AuditEntries.Where(e => e.Sequence > head).ToList()));
        Assert.Equal(AuditEventType.CaseViewed, entry.EventType);
        Assert.Equal(id, entry.CaseId);
        Assert.Equal("ngo@demo.test", entry.UserEmail);
        Assert.NotNull(entry.Details);
        var shown = entry.Details.Split("shown=")[1].Split(',');
        AuditEventType[] sections =
        [
            AuditEventType.CaseViewed, AuditEventType.ScreeningsViewed, AuditEventType.IdentificationViewed, AuditEventType.DeadlinesViewed,
            AuditEventType.LegalStepsViewed, AuditEventType.ReferralsViewed, AuditEventType.ChildProtectionViewed, AuditEventType.CaseLinkageViewed,
            // The charges-vs-indicators warning reads the proceedings.
            AuditEventType.ProceedingsViewed,
            // The case's story: its timeline and its documents.
            AuditEventType.TimelineViewed, AuditEventType.AttachmentsViewed,
        ];
        Assert.Equal(sections.Select(KebabCase.Of).Order(), shown.Order());

        var verdict = await app.WithScopeAsync(services => services.GetRequiredService<AuditLog>().VerifyAsync(default));
        Assert.True(verdict.Intact, verdict.Problem);
    }

    [Fact]
    public async Task ACasePageOfAnotherAgency_ShowsNothing_AndRecordsOnlyTheRefusal()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("NotYours"))).GetProperty("id").GetGuid();
        var other = await app.PagesAsAsync("ngo2@demo.test");
        var head = Head();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Cases/Details/{id}")).StatusCode);

        var entry = Assert.Single(app.WithDb(db => db.AuditEntries.Where(e => e.Sequence > head).ToList()));
        Assert.Equal(AuditEventType.AccessRefused, entry.EventType);
    }

    [Fact]
    public async Task AnApiRead_StillWritesItsOwnEntry()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("ApiRead"))).GetProperty("id").GetGuid();
        var head = Head();

        Assert.Equal(HttpStatusCode.OK, (await ngo.GetAsync($"/api/v1/cases/{id}")).StatusCode);

        var entry = Assert.Single(app.WithDb(db => db.AuditEntries.Where(e => e.Sequence > head).ToList()));
        Assert.Equal(AuditEventType.CaseViewed, entry.EventType);
        Assert.DoesNotContain("shown=", entry.Details ?? string.Empty, StringComparison.Ordinal);
    }

    private long Head() => app.WithDb(db => db.AuditEntries.Max(e => (long?)e.Sequence) ?? 0);
}
