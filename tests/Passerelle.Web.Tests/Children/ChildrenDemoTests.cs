using Passerelle.Domain.Agencies;
using Passerelle.Domain.Children;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Children;

[Collection(AppCollection.Name)]
public sealed class ChildrenDemoTests(PasserelleApp app)
{
    [Fact]
    public void DemoSeed_HasChildProtection_AMissingChildWithItsAlerts_AndFocalPointEnquiries()
    {
        var childWelfare = app.WithDb(db => db.Agencies.Single(a => a.Type == AgencyType.ChildWelfare && a.Name.Contains("Démo")).Id);
        var seeded = app.WithDb(db => db.MissingEpisodes.Where(e => e.ReportedBy == "Veilleur de nuit Démo").ToList());
        var episode = Assert.Single(seeded);
        Assert.Equal(MissingEpisodeStatus.Reported, episode.Status);
        Assert.Equal(childWelfare, app.WithDb(db => db.ChildProtectionRecords.Single(r => r.CaseId == episode.CaseId).LeadAgencyId));
        var alerted = app.WithDb(db => db.Alerts.Where(a => a.SubjectId == episode.Id).Join(db.Users, a => a.UserId, u => u.Id, (a, u) => u.Email).ToList());
        Assert.Contains("childwelfare@demo.test", alerted);
        Assert.Contains("coordinator@demo.test", alerted);
        Assert.DoesNotContain("ngo@demo.test", alerted);
        Assert.Equal(4, app.WithDb(db => db.Enquiries.Count(e => e.Authority.Contains("Demo") || e.Authority.Contains("Démo"))));
    }
}
