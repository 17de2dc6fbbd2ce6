using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Screening;
using Passerelle.Web.Features.Notifications;
using Passerelle.Web.Tests.Deadlines;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Referrals;

namespace Passerelle.Web.Tests.Home;

/// <summary>The practitioner's day (issue 15 items 1 and 2): tasks on the home page and the API, and notifications.</summary>
[Collection(DeadlinesCollection.Name)]
public sealed class MyDayTests(DeadlinesApp app)
{
    private const string LegalName = "Zorglub Journee-Fictive";

    /// <summary>A case of the NGO with an overdue deadline, before a panel of the labour inspector and the second NGO, referred to a shelter.</summary>
    private async Task<(string Id, string Reference, string Pseudonym, string ReferralId)> BusyCaseAsync()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var admin = await app.ApiAsAsync("admin@demo.test");
        var ids = (await admin.GetAllItemsAsync("/api/v1/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("id").GetString()!);
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Journee"), LegalName);
        var id = created.GetProperty("id").GetString()!;
        var url = $"/api/v1/cases/{id}";
        var put = new HttpRequestMessage(HttpMethod.Put, $"{url}/rights") { Content = JsonContent.Create(new { prefectureReceiptOn = "2026-05-01" }) };
        put.Headers.IfMatch.ParseAdd("\"0\"");
        Assert.Equal(HttpStatusCode.OK, (await ngo.SendAsync(put)).StatusCode);
        var code = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual).In(Dimension.ExploitativeConditions).First().Code;
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/screenings", new { exploitation = "sexual", indicators = new[] { code } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"{url}/identification/rg", new { panel = new[] { ids["labour@demo.test"], ids["ngo2@demo.test"] } })).StatusCode);
        var sent = await ReferralApi.ReferAsync(ngo, id, await ReferralApi.ShelterProviderAsync(app), ReferralApi.Consent);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var referralId = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return (id, created.GetProperty("reference").GetString()!, created.GetProperty("pseudonym").GetString()!, referralId);
    }

    private static async Task<List<JsonElement>> TasksAsync(HttpClient client) =>
        [.. (await client.GetAllItemsAsync("/api/v1/me/tasks")).EnumerateArray()];

    private static JsonElement? Task(List<JsonElement> tasks, string kind, string reference) =>
        tasks.Cast<JsonElement?>().FirstOrDefault(t => t!.Value.GetProperty("kind").GetString() == kind && t.Value.GetProperty("reference").GetString() == reference);

    [Fact]
    public async Task Tasks_SayWhatEachUserMustDoNext_InTheirOwnScope()
    {
        var (id, reference, pseudonym, _) = await BusyCaseAsync();

        var ngoTasks = await TasksAsync(await app.ApiAsAsync("ngo@demo.test"));
        var overdue = Task(ngoTasks, "deadline-overdue", reference) ?? throw new Xunit.Sdk.XunitException("no overdue deadline task for the NGO");
        Assert.Equal(["caseId", "dueOn", "kind", "reference", "title"], overdue.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(id, overdue.GetProperty("caseId").GetString());
        Assert.Equal("2026-06-01", overdue.GetProperty("dueOn").GetString());
        Assert.Equal("Fin du délai de réflexion — en retard de 14 jours", overdue.GetProperty("title").GetString());

        var labour = await app.ApiAsAsync("labour@demo.test");
        var decision = Task(await TasksAsync(labour), "decision-awaiting", reference) ?? throw new Xunit.Sdk.XunitException("no decision task for the panel member");
        Assert.Contains("votre avis est attendu", decision.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.NotNull(Task(await TasksAsync(await app.ApiAsAsync("ngo2@demo.test")), "decision-awaiting", reference));

        var shelterTasks = await TasksAsync(await app.ApiAsAsync("shelter@demo.test"));
        Assert.NotNull(Task(shelterTasks, "referral-incoming", reference));

        // Someone with no relation to the case has no task about it; roles without cases have none at all.
        foreach (var email in new[] { "police@demo.test", "childwelfare@demo.test" })
        {
            Assert.DoesNotContain(await TasksAsync(await app.ApiAsAsync(email)), t => t.GetProperty("reference").GetString() == reference);
        }

        Assert.DoesNotContain(await TasksAsync(await app.ApiAsAsync("ngo2@demo.test")), t => t.GetProperty("reference").GetString() == reference && t.GetProperty("kind").GetString() != "decision-awaiting");
        Assert.Empty(await TasksAsync(await app.ApiAsAsync("statistician@demo.test")));
        Assert.Empty(await TasksAsync(await app.ApiAsAsync("auditor@demo.test")));

        // No identifying value anywhere in anybody's list, and the home page shows the same tasks with their links.
        foreach (var email in new[] { "ngo@demo.test", "labour@demo.test", "shelter@demo.test", "coordinator@demo.test" })
        {
            var raw = await (await app.ApiAsAsync(email)).GetStringAsync("/api/v1/me/tasks");
            Assert.DoesNotContain("Zorglub", raw, StringComparison.Ordinal);
        }

        var home = await (await app.PagesAsAsync("ngo@demo.test")).GetStringAsync("/");
        Assert.Contains("data-testid=\"count-deadline-overdue\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Cases/Details/{id}\"", home, StringComparison.Ordinal);
        Assert.Contains("en retard de 14 jours", home, StringComparison.Ordinal);
        var labourHome = await (await app.PagesAsAsync("labour@demo.test")).GetStringAsync("/");
        Assert.Contains("data-testid=\"count-decision-awaiting\"", labourHome, StringComparison.Ordinal);
        Assert.DoesNotContain(pseudonym, labourHome, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == Passerelle.Domain.Audit.AuditEventType.TasksListed)));
    }

    [Fact]
    public async Task TheCoordinator_SeesEveryPendingDecisionNationally_Pseudonymised_WhereThePageWasRefused()
    {
        var (_, reference, pseudonym, _) = await BusyCaseAsync();
        var coordinator = await app.PagesAsAsync("coordinator@demo.test");
        var response = await coordinator.GetAsync("/Identification");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-testid=\"national-{reference}\"", page, StringComparison.Ordinal);
        Assert.Contains(pseudonym, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorglub", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Record my view", page, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == Passerelle.Domain.Audit.AuditEventType.PendingDecisionsListed)));

        // A panel member still gets their own list; the coordinator cannot post a view.
        Assert.Contains($"data-testid=\"awaiting-me-{reference}\"", await (await app.PagesAsAsync("labour@demo.test")).GetStringAsync("/Identification"), StringComparison.Ordinal);
        var refused = await Forms.PostAsync(coordinator, "/Identification", new Dictionary<string, string> { ["CaseId"] = Guid.NewGuid().ToString(), ["Stage"] = "rg" });
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_GoToThePeopleConcerned_AndAreMarkedRead_OnlyByTheirOwner()
    {
        var (id, reference, _, referralId) = await BusyCaseAsync();
        var labour = await app.ApiAsAsync("labour@demo.test");
        var panel = (await labour.GetAllItemsAsync("/api/v1/me/notifications")).EnumerateArray()
            .Single(n => n.GetProperty("reference").GetString() == reference);
        Assert.Equal("panel-assigned", panel.GetProperty("kind").GetString());
        Assert.Equal(id, panel.GetProperty("caseId").GetString());
        Assert.Equal("Vous siégez dans un comité d'identification : votre avis est attendu", panel.GetProperty("title").GetString());
        Assert.False(panel.TryGetProperty("readAt", out _));

        var shelter = await app.ApiAsAsync("shelter@demo.test");
        var referral = (await shelter.GetAllItemsAsync("/api/v1/me/notifications")).EnumerateArray()
            .Single(n => n.GetProperty("reference").GetString() == reference);
        Assert.Equal("referral-received", referral.GetProperty("kind").GetString());
        Assert.Equal($"/Referrals/Details/{referralId}", referral.GetProperty("link").GetString());

        // The NGO that acted and an unrelated agency hear nothing about it.
        foreach (var email in new[] { "ngo@demo.test", "police@demo.test", "childwelfare@demo.test" })
        {
            var raw = await (await app.ApiAsAsync(email)).GetStringAsync("/api/v1/me/notifications");
            Assert.DoesNotContain(reference, raw, StringComparison.Ordinal);
        }

        // Only its owner marks a notification read.
        var notificationId = panel.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.PostAsync($"/api/v1/me/notifications/{notificationId}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await labour.PostAsync($"/api/v1/me/notifications/{Guid.NewGuid()}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await labour.PostAsync($"/api/v1/me/notifications/{notificationId}/read", null)).StatusCode);
        var read = (await labour.GetAllItemsAsync("/api/v1/me/notifications")).EnumerateArray().Single(n => n.GetProperty("id").GetString() == notificationId);
        Assert.True(read.TryGetProperty("readAt", out _));

        // Mark all read: the header's counter goes.
        var shelterPages = await app.PagesAsAsync("shelter@demo.test");
        Assert.Contains("data-testid=\"unread-notifications\"", await shelterPages.GetStringAsync("/"), StringComparison.Ordinal);
        var all = await shelter.PostAsync("/api/v1/me/notifications/read-all", null);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.True((await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32() >= 1);
        Assert.DoesNotContain((await shelter.GetAllItemsAsync("/api/v1/me/notifications")).EnumerateArray(), n => !n.TryGetProperty("readAt", out _));
        Assert.DoesNotContain("data-testid=\"unread-notifications\"", await shelterPages.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"notification-{reference}\"", await shelterPages.GetStringAsync("/Notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineNotifications_TellTheHoldingAgencyOnce_AndTheDigestListsThem_ByReferenceOnly()
    {
        var (_, reference, pseudonym, _) = await BusyCaseAsync();

        // A receipt 26 days ago: the reflection period ends within the week.
        var ngoApi = await app.ApiAsAsync("ngo@demo.test");
        var soon = await CaseApi.CreateAsync(ngoApi, CaseApi.Unique("Bientot"), LegalName);
        var soonReference = soon.GetProperty("reference").GetString()!;
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{soon.GetProperty("id")}/rights") { Content = JsonContent.Create(new { prefectureReceiptOn = "2026-05-20" }) };
        put.Headers.IfMatch.ParseAdd("\"0\"");
        Assert.Equal(HttpStatusCode.OK, (await ngoApi.SendAsync(put)).StatusCode);
        var dueSoon = Task(await TasksAsync(ngoApi), "deadline-due-soon", soonReference) ?? throw new Xunit.Sdk.XunitException("no due-soon task");
        Assert.Contains("dans ", dueSoon.GetProperty("title").GetString(), StringComparison.Ordinal);

        var first = await app.WithScopeAsync(services => services.GetRequiredService<DeadlineNotifications>().NotifyAsync(CancellationToken.None));
        Assert.True(first > 0);
        Assert.Equal(0, await app.WithScopeAsync(services => services.GetRequiredService<DeadlineNotifications>().NotifyAsync(CancellationToken.None)));

        var ngo = (await (await app.ApiAsAsync("ngo@demo.test")).GetAllItemsAsync("/api/v1/me/notifications")).EnumerateArray()
            .Where(n => n.GetProperty("reference").GetString() == reference).Select(n => n.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["deadline-overdue"], ngo);
        Assert.Contains((await ngoApi.GetAllItemsAsync("/api/v1/me/notifications")).EnumerateArray(),
            n => n.GetProperty("reference").GetString() == soonReference && n.GetProperty("kind").GetString() == "deadline-due-soon");
        Assert.DoesNotContain((await (await app.ApiAsAsync("ngo2@demo.test")).GetAllItemsAsync("/api/v1/me/notifications")).EnumerateArray(),
            n => n.GetProperty("reference").GetString() == reference && n.GetProperty("kind").GetString()!.StartsWith("deadline", StringComparison.Ordinal));

        while (app.Smtp.Received.TryDequeue(out _))
        {
        }

        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync("coordinator@demo.test")).PostAsync("/api/v1/deadlines/digest", null)).StatusCode);
        var toShelter = Assert.Single(app.Smtp.Received.ToList(), m => m.Recipients.Contains("shelter@demo.test"));
        var body = toShelter.Message.Subject + (toShelter.Message.TextBody ?? "");
        Assert.Contains($"{reference} — Une orientation a été adressée à votre service", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorglub", body, StringComparison.Ordinal);
        Assert.DoesNotContain(pseudonym, body, StringComparison.Ordinal);
    }
}
