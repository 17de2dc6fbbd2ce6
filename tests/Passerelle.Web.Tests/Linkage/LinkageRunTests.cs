using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Statistics;

using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Linkage;

[Collection(LinkageCollection.Name)]
public sealed class LinkageRunTests(LinkageApp app)
{
    [Fact]
    public async Task Two_agencies_recording_one_person_with_spelling_variations_share_one_person_key()
    {
        var (police, ngo, coordinator) = await ClientsAsync();
        var byPolice = await LinkageClient.CreateAsync(police, LinkageClient.Person("Adaeze Chiamaka Okonkwo", "1999-04-17", "+33 6 12 34 56 78"));
        var byNgo = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Adaze Okonkow", "1999-04-17", null));

        var run = await LinkageClient.RunAsync(coordinator);

        Assert.Equal(Key(byPolice), Key(byNgo));
        Assert.Equal(1, app.WithDb(db => db.Cases.Where(c => c.Id == byPolice || c.Id == byNgo).Select(c => c.PersonKey).Distinct().Count()));
        Assert.True(run.GetProperty("cases").GetInt32() >= 2);
        Assert.True(run.GetProperty("persons").GetInt32() < run.GetProperty("cases").GetInt32());
        var links = await LinkageClient.PairsAsync(coordinator, "/api/v1/linkage/links");
        var link = Assert.Single(links, p => LinkageClient.Joins(p, byPolice, byNgo));
        Assert.Equal("linked", link.GetProperty("status").GetString());
        Assert.DoesNotContain("Okonkow", link.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1999, link.GetProperty(link.GetProperty("left").GetProperty("caseId").GetGuid() == byNgo ? "left" : "right").GetProperty("birthYear").GetInt32());
        Assert.Contains(link.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "birth-date" && f.GetProperty("weight").GetDouble() > 0);
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == AuditEventType.LinkageLinksViewed && e.CaseId == byPolice)));
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == AuditEventType.LinkageRunCompleted)));

        var again = await LinkageClient.RunAsync(coordinator);
        Assert.Equal(Key(byPolice), Key(byNgo));
        Assert.Equal(run.GetProperty("persons").GetInt32(), again.GetProperty("persons").GetInt32());
    }

    [Fact]
    public async Task A_new_case_is_linked_at_once_without_a_run_and_both_agencies_learn_it_within_seconds()
    {
        var (police, ngo, _) = await ClientsAsync();
        var runsBefore = app.WithDb(db => db.Set<Passerelle.Web.Features.Linkage.LinkageRun>().Count());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var byPolice = await LinkageClient.CreateAsync(police, LinkageClient.Person("Ngozi Amarachi Okechukwu", "1996-03-08", "+33 6 71 82 93 04"));
        var byNgo = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Ngozi Okechukwu", "1996-03-08", null));

        var forPolice = await police.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{byPolice}/linkage");
        var forNgo = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{byNgo}/linkage");
        watch.Stop();

        Assert.True(forPolice.GetProperty("recordedElsewhere").GetBoolean());
        Assert.True(forNgo.GetProperty("recordedElsewhere").GetBoolean());
        Assert.Equal(Key(byPolice), Key(byNgo));
        Assert.Equal(runsBefore, app.WithDb(db => db.Set<Passerelle.Web.Features.Linkage.LinkageRun>().Count()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed}");
    }

    [Fact]
    public async Task An_edited_identity_is_linked_at_once()
    {
        var (police, ngo, _) = await ClientsAsync();
        var byPolice = await LinkageClient.CreateAsync(police, LinkageClient.Person("Efosa Osaretin Igbinoba", "1993-10-02", null, sex: "male"));
        var byNgo = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Kwame Mensah Boateng", "1971-05-30", null, sex: "male"));
        Assert.NotEqual(Key(byPolice), Key(byNgo));

        await LinkageClient.EditAsync(ngo, byNgo, LinkageClient.Person("Efosa Igbinoba", "1993-10-02", null, sex: "male"));

        Assert.Equal(Key(byPolice), Key(byNgo));
    }

    [Fact]
    public async Task The_coordinator_reviews_without_seeing_names_full_birth_dates_or_phones()
    {
        var (police, ngo, coordinator) = await ClientsAsync();
        await LinkageClient.CreateAsync(police, LinkageClient.Person("Omoyemi Blessing Ehigiator", "1994-11-27", "+33 6 48 57 66 75"));
        await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Omoyemi Ehigiatorr", "1994-11-27", "06 48 57 66 75"));
        await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Omoyemi Ehigiator", null, null, birthYear: 1994));
        await LinkageClient.RunAsync(coordinator);

        var answers = new List<string>();
        foreach (var url in new[] { "/api/v1/linkage/reviews", "/api/v1/linkage/links", "/api/v1/linkage/reviews?status=accepted", "/api/v1/linkage/runs" })
        {
            answers.Add(await coordinator.GetStringAsync(url));
        }

        var pages = await app.PagesAsAsync("coordinator@demo.test");
        answers.Add(await pages.GetStringAsync("/Linkage"));
        Assert.Contains(answers, a => a.Contains("birthYear", StringComparison.Ordinal) || a.Contains("1994", StringComparison.Ordinal));
        foreach (var answer in answers)
        {
            foreach (var secret in new[] { "Omoyemi", "Ehigiator", "Blessing", "1994-11-27", "27/11/1994", "48 57 66 75", "648576675", "\"givenName\":", "\"familyName\":", "\"phone\":", "\"birthDate\":" })
            {
                Assert.DoesNotContain(secret, answer, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Nor the identity of any seeded (demo) case: legal name, full birth date, phone.
        using var scope = app.Services.CreateScope();
        var protector = scope.ServiceProvider.GetRequiredService<Passerelle.Web.Features.Cases.CaseIdentityProtector>();
        var identities = app.WithDb(db => db.Cases.Select(c => c.ProtectedIdentity).ToList()).Select(protector.Unprotect).ToList();
        var secrets = identities.SelectMany(i => new[]
        {
            i.LegalName,
            i.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            i.DateOfBirth?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            i.Phone,
        }).Where(v => !string.IsNullOrWhiteSpace(v) && v!.Length >= 6).Distinct().ToList();
        Assert.NotEmpty(secrets);
        foreach (var answer in answers)
        {
            Assert.DoesNotContain(secrets, s => answer.Contains(s!, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task After_a_run_the_statistics_count_the_person_two_agencies_recorded_once()
    {
        var (police, ngo, coordinator) = await ClientsAsync();
        var byPolice = await LinkageClient.CreateAsync(police, LinkageClient.Person("Oluwaseun Ifeoma Nwachukwu", "1997-02-11", "+33 6 31 41 59 26"));
        var byNgo = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Oluwasein Nwachuku", "1997-02-11", "06 31 41 59 26"));
        int PersonsOf(params Guid[] cases) => app.WithDb(db =>
        {
            var keys = db.Set<StatisticsCaseRow>().Where(r => cases.Contains(r.CaseId)).Select(r => r.PersonKey).ToList();
            return db.Set<StatisticsPersonRow>().Count(p => keys.Contains(p.PersonKey) && p.Registered);
        });
        await LinkageClient.RunAsync(coordinator);

        Assert.Equal(1, PersonsOf(byPolice, byNgo));
        Assert.Equal(1, app.WithDb(db => db.Set<StatisticsCaseRow>().Where(r => r.CaseId == byPolice || r.CaseId == byNgo).Select(r => r.PersonKey).Distinct().Count()));
    }

    [Fact]
    public async Task The_holding_agency_learns_only_that_its_case_is_recorded_elsewhere()
    {
        var (police, ngo, coordinator) = await ClientsAsync();
        var byPolice = await LinkageClient.CreateAsync(police, LinkageClient.Person("Chinonso Emeka Adeyemi", "2001-09-23", "+33 6 22 33 44 55", sex: "male"));
        var byNgo = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Chinonso Adeyemy", "2001-09-23", "06 22 33 44 55", sex: "male"));
        var alone = await LinkageClient.CreateAsync(police, LinkageClient.Person("Zainab Folake Balogun", "1990-12-01", null));
        await LinkageClient.RunAsync(coordinator);

        var response = await police.GetAsync($"/api/v1/cases/{byPolice}/linkage");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"recordedElsewhere":true}""", text);
        Assert.DoesNotContain(byNgo.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.False((await police.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{alone}/linkage")).GetProperty("recordedElsewhere").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/cases/{byNgo}/linkage")).StatusCode);
        Assert.True(app.WithDb(db => db.AuditEntries.Any(e => e.EventType == AuditEventType.CaseLinkageViewed && e.CaseId == byPolice)));

        var pages = await app.PagesAsAsync("police@demo.test");
        var page = await pages.GetStringAsync($"/Cases/Details/{byPolice}");
        Assert.Contains("data-testid=\"recorded-elsewhere\"", page, StringComparison.Ordinal);
        var ngoReference = app.WithDb(db => db.Cases.Single(c => c.Id == byNgo).Reference);
        Assert.DoesNotContain(ngoReference, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Adeyemy", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Refuge", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"recorded-elsewhere\"", await pages.GetStringAsync($"/Cases/Details/{alone}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("police@demo.test")]
    [InlineData("ngo@demo.test")]
    [InlineData("statistician@demo.test")]
    [InlineData("auditor@demo.test")]
    [InlineData("admin@demo.test")]
    public async Task Only_the_coordinator_sees_runs_reviews_and_links(string email)
    {
        var api = await app.ApiAsAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/linkage/runs", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/linkage/runs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/linkage/reviews?status=pending")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/linkage/links")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/v1/linkage/reviews/{Guid.NewGuid()}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/v1/linkage/links/{Guid.NewGuid()}/unlink", null)).StatusCode);
        var pages = await app.PagesAsAsync(email);
        var page = await pages.GetAsync("/Linkage");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_history_lists_runs_newest_first_and_the_page_shows_them()
    {
        var (_, _, coordinator) = await ClientsAsync();
        var run = await LinkageClient.RunAsync(coordinator);
        var runs = await coordinator.GetAllItemsAsync("/api/v1/linkage/runs");
        Assert.Equal(run.GetProperty("id").GetGuid(), runs![0].GetProperty("id").GetGuid());
        Assert.Equal("on-demand", runs[0].GetProperty("trigger").GetString());
        Assert.True(runs[0].GetProperty("matchThreshold").GetDouble() > runs[0].GetProperty("reviewThreshold").GetDouble());

        var pages = await app.PagesAsAsync("coordinator@demo.test");
        var page = await pages.GetStringAsync("/Linkage");
        Assert.Contains("data-testid=\"runs\"", page, StringComparison.Ordinal);
        var posted = await Infrastructure.Forms.PostAsync(pages, "/Linkage", new Dictionary<string, string>(), action: "/Linkage?handler=Run");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(runs.GetArrayLength() + 1, app.WithDb(db => db.LinkageRuns.Count()));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/linkage/reviews?status=maybe")).StatusCode);
    }

    private Guid Key(Guid caseId) => app.WithDb(db => db.Cases.AsNoTracking().Single(c => c.Id == caseId).PersonKey);

    private async Task<(HttpClient Police, HttpClient Ngo, HttpClient Coordinator)> ClientsAsync() =>
        (await app.ApiAsAsync("police@demo.test"), await app.ApiAsAsync("ngo@demo.test"), await app.ApiAsAsync("coordinator@demo.test"));
}
