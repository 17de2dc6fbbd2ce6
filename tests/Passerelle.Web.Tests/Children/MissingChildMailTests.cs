using System.Net;
using Passerelle.Web.Tests.Deadlines;

namespace Passerelle.Web.Tests.Children;

/// <summary>The missing-child alert also goes out by e-mail, received here by a real SMTP listener on loopback.</summary>
[Collection(DeadlinesCollection.Name)]
public sealed class MissingChildMailTests(DeadlinesApp app)
{
    [Fact]
    public async Task A_missing_child_is_mailed_at_once_to_the_lead_agency_the_police_and_the_focal_point_with_the_reference_only()
    {
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, reference, pseudonym) = await ChildCases.DisputedAgeAsync(ngo);
        await ChildCases.PutAsync(ngo, $"/api/v1/cases/{id}/child-protection/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);

        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{id}/missing-episodes", new { lastSeenAt = "Gare fictive de Saint-Fictif", reportedBy = "Veilleur fictif" }, HttpStatusCode.OK);

        var mails = app.Smtp.Received.Where(m => (m.Message.Subject ?? "").Contains(reference, StringComparison.Ordinal)).ToList();
        var recipients = mails.SelectMany(m => m.Recipients).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["childwelfare@demo.test", "coordinator@demo.test", "police@demo.test"], recipients);
        foreach (var (_, message) in mails)
        {
            var text = message.Subject + (message.TextBody ?? "");
            Assert.DoesNotContain(pseudonym, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Gare fictive", text, StringComparison.Ordinal);
        }
    }
}
