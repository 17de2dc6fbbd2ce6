using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Deadlines;

[Collection(DeadlinesCollection.Name)]
public sealed class DigestTests(DeadlinesApp app)
{
    [Fact]
    public async Task Digest_IsMailedToEachUserInTheirLanguage_WithCaseReferencesOnly()
    {
        const string legalName = "Zyxwvut Quelconque-Fictif";
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Digest"), legalName);
        var url = $"/api/v1/cases/{created.GetProperty("id")}";
        var reference = created.GetProperty("reference").GetString()!;
        var put = new HttpRequestMessage(HttpMethod.Put, $"{url}/rights") { Content = JsonContent.Create(new { prefectureReceiptOn = "2026-05-01" }) };
        put.Headers.IfMatch.ParseAdd("\"0\"");
        Assert.Equal(HttpStatusCode.OK, (await ngo.SendAsync(put)).StatusCode);

        // The coordinator reads in English; the NGO case manager keeps the default, French.
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await ngo.PostAsync("/api/v1/deadlines/digest", null)).StatusCode);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Passerelle.Web.Platform.Persistence.PasserelleDbContext>();
            var user = db.Users.Single(u => u.Email == "coordinator@demo.test");
            user.Language = "en";
            return await db.SaveChangesAsync();
        });

        while (app.Smtp.Received.TryDequeue(out _))
        {
        }

        var response = await coordinator.PostAsync("/api/v1/deadlines/digest", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("mailEnabled").GetBoolean());

        var mails = app.Smtp.Received.ToList();
        Assert.Equal(report.GetProperty("sent").GetInt32(), mails.Count);
        var toNgo = Assert.Single(mails, m => m.Recipients.Contains("ngo@demo.test"));
        var toCoordinator = Assert.Single(mails, m => m.Recipients.Contains("coordinator@demo.test"));
        Assert.DoesNotContain(mails, m => m.Recipients.Contains("ngo2@demo.test") && Text(m.Message).Contains(reference, StringComparison.Ordinal));

        Assert.Equal("passerelle@demo.test", toNgo.Message.From.Mailboxes.Single().Address);
        Assert.Contains("en retard", toNgo.Message.Subject, StringComparison.Ordinal);
        Assert.Contains(reference, Text(toNgo.Message), StringComparison.Ordinal);
        Assert.Contains("Fin du délai de réflexion", Text(toNgo.Message), StringComparison.Ordinal);
        Assert.Contains("overdue", toCoordinator.Message.Subject, StringComparison.Ordinal);
        Assert.Contains(reference, Text(toCoordinator.Message), StringComparison.Ordinal);
        Assert.Contains("End of the reflection period", Text(toCoordinator.Message), StringComparison.Ordinal);

        foreach (var (_, message) in mails)
        {
            Assert.DoesNotContain("Zyxwvut", message.Subject + Text(message), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(created.GetProperty("pseudonym").GetString()!, Text(message), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Digest_TellsPanelMembers_ThatTheirViewIsAwaited_WithoutIdentifyingTheCase()
    {
        var admin = await app.ApiAsAsync("admin@demo.test");
        var ids = (await admin.GetAllItemsAsync("/api/v1/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("id").GetString()!);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("PanelDigest"), "Qwertyuiop Fictif");
        var url = $"/api/v1/cases/{created.GetProperty("id")}";
        var code = Passerelle.Domain.Screening.IndicatorCatalogue.Default
            .For(Passerelle.Domain.Screening.Population.Adult, Passerelle.Domain.Screening.ExploitationList.Sexual)
            .In(Passerelle.Domain.Screening.Dimension.ExploitativeConditions).First().Code;
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/screenings", new { exploitation = "sexual", indicators = new[] { code } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel = new[] { ids["police@demo.test"], ids["labour@demo.test"] } })).StatusCode);
        var police = await app.ApiAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.Accepted, (await police.PostAsJsonAsync($"{url}/identification/rg/decision", new { outcome = "positive", reasons = "Fictive test reasons." })).StatusCode);

        while (app.Smtp.Received.TryDequeue(out _))
        {
        }

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync("/api/v1/deadlines/digest", null)).StatusCode);
        var mails = app.Smtp.Received.ToList();
        var toLabour = Assert.Single(mails, m => m.Recipients.Contains("labour@demo.test"));
        Assert.Contains("attendent votre avis", toLabour.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("Motifs raisonnables", Text(toLabour.Message), StringComparison.OrdinalIgnoreCase);
        var body = toLabour.Message.Subject + Text(toLabour.Message);
        Assert.DoesNotContain(created.GetProperty("reference").GetString()!, body, StringComparison.Ordinal);
        Assert.DoesNotContain(created.GetProperty("pseudonym").GetString()!, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Qwertyuiop", body, StringComparison.Ordinal);

        // The police officer has given their view: nothing awaits them.
        Assert.DoesNotContain(mails, m => m.Recipients.Contains("police@demo.test") && (m.Message.Subject + Text(m.Message)).Contains("attendent votre avis", StringComparison.Ordinal));
    }

    private static string Text(MimeMessage message) => message.TextBody ?? "";
}
