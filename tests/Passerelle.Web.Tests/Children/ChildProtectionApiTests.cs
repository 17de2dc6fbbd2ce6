using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Domain.Audit;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Children;

[Collection(AppCollection.Name)]
public sealed class ChildProtectionApiTests(PasserelleApp app)
{
    [Fact]
    public async Task DisputedAge_IsAChildsCase_UntilAConclusiveAssessmentSaysAdult()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var adult = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Adulte"));
        var adultView = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{adult.GetProperty("id")}/child-protection");
        Assert.False(adultView.GetProperty("isChild").GetBoolean());
        await ChildCases.PutAsync(ngo, $"/api/v1/cases/{adult.GetProperty("id")}/child-protection/guardian", new { kind = "parent", name = "X" }, HttpStatusCode.Conflict);

        var (id, _, _) = await ChildCases.DisputedAgeAsync(ngo);
        var url = $"/api/v1/cases/{id}/child-protection";
        var presumed = await ngo.GetFromJsonAsync<JsonElement>(url);
        Assert.True(presumed.GetProperty("isChild").GetBoolean());
        Assert.Equal("presumption", presumed.GetProperty("ageBasis").GetString());
        await ChildCases.PutAsync(ngo, $"{url}/guardian", new { kind = "ad-hoc-administrator", name = "Maître Fictif", appointedOn = "2026-03-05" }, HttpStatusCode.OK);

        // A bone examination alone can never establish adulthood (Code civil art. 388): still a child.
        var bones = await ChildCases.PostAsync(ngo, $"{url}/age-assessments", new { on = "2026-03-10", method = "bone-examination", result = "adult" }, HttpStatusCode.OK);
        Assert.True(bones.GetProperty("isChild").GetBoolean());
        Assert.False(bones.GetProperty("ageAssessments")[0].GetProperty("conclusive").GetBoolean());

        var evaluated = await ChildCases.PostAsync(ngo, $"{url}/age-assessments", new { on = "2026-03-20", method = "social-evaluation", result = "adult" }, HttpStatusCode.OK);
        Assert.False(evaluated.GetProperty("isChild").GetBoolean());
        Assert.Equal("assessed-adult", evaluated.GetProperty("ageBasis").GetString());
        var refused = await ChildCases.SendPutAsync(ngo, $"{url}/guardian", new { kind = "parent", name = "Parent Fictif" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Maître Fictif", (await ngo.GetFromJsonAsync<JsonElement>(url)).GetProperty("guardian").GetProperty("name").GetString());

        var invalid = await ngo.PostAsJsonAsync($"{url}/age-assessments", new { on = "2026-03-21", result = "minor" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("method", out _));
    }

    [Fact]
    public async Task LeadAgency_MustBeChildWelfare_AndThenReadsAndWritesTheCase()
    {
        var agencies = await ChildCases.AgencyIdsByTypeAsync(app);
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var childWelfare = await app.ApiAsAsync("childwelfare@demo.test");
        var (id, reference, _) = await ChildCases.DisputedAgeAsync(ngo);
        var url = $"/api/v1/cases/{id}/child-protection";
        Assert.Equal(HttpStatusCode.NotFound, (await childWelfare.GetAsync($"/api/v1/cases/{id}")).StatusCode);

        var police = await ChildCases.SendPutAsync(ngo, $"{url}/lead-agency", new { agencyId = agencies["police"] });
        Assert.Equal(HttpStatusCode.BadRequest, police.StatusCode);
        Assert.True((await police.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("agencyId", out _));
        Assert.True(ChildCases.Absent(await ngo.GetFromJsonAsync<JsonElement>(url), "leadAgency"));

        var led = await ChildCases.PutAsync(ngo, $"{url}/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);
        Assert.Equal("child-welfare", led.GetProperty("leadAgency").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await childWelfare.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Contains(reference, await childWelfare.GetStringAsync("/api/v1/cases?q=" + reference), StringComparison.Ordinal);
        await ChildCases.PutAsync(childWelfare, $"{url}/guardian", new { kind = "child-welfare-service", name = "Service ASE Fictif" }, HttpStatusCode.OK);

        // Others still see nothing; the coordinator reads it pseudonymised and may not write.
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ChildCases.SendPutAsync(ngo2, $"{url}/guardian", new { kind = "parent", name = "X" })).StatusCode);
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var pseudonymised = await coordinator.GetFromJsonAsync<JsonElement>(url);
        Assert.True(ChildCases.Absent(pseudonymised.GetProperty("guardian"), "name"));
        Assert.Equal("child-welfare-service", pseudonymised.GetProperty("guardian").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await ChildCases.SendPutAsync(coordinator, $"{url}/guardian", new { kind = "parent", name = "X" })).StatusCode);
        var statistician = await app.ApiAsAsync("statistician@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await statistician.GetAsync(url)).StatusCode);

        Assert.True(app.WithDb(db => db.AuditEntries.Count(e => e.CaseId == Guid.Parse(id) && (e.EventType == AuditEventType.ChildLeadAgencySet || e.EventType == AuditEventType.ChildGuardianAppointed))) == 2);
        Assert.DoesNotContain("Service ASE Fictif", app.WithDb(db => db.ChildProtectionRecords.Single(r => r.CaseId == Guid.Parse(id)).ProtectedGuardianName)!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DurableSolution_NeedsABestInterestsDeterminationFirst()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, _, _) = await ChildCases.DisputedAgeAsync(ngo);
        var url = $"/api/v1/cases/{id}/child-protection";

        var guarded = await ChildCases.SendPutAsync(ngo, $"{url}/durable-solution", new { type = "integration", decidedOn = "2026-04-01" });
        Assert.Equal(HttpStatusCode.Conflict, guarded.StatusCode);
        Assert.Equal("child.best-interests-required", (await guarded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.True(ChildCases.Absent(await ngo.GetFromJsonAsync<JsonElement>(url), "durableSolution"));
        Assert.False(app.WithDb(db => db.ChildProtectionRecords.Any(r => r.CaseId == Guid.Parse(id))));
        Assert.False(app.WithDb(db => db.AuditEntries.Any(e => e.CaseId == Guid.Parse(id) && e.EventType == AuditEventType.DurableSolutionRecorded)));

        await ChildCases.PostAsync(ngo, $"{url}/best-interests", new { on = "2026-03-25", participants = new[] { " " }, conclusion = "x" }, HttpStatusCode.BadRequest);
        var determined = await ChildCases.PostAsync(ngo, $"{url}/best-interests", new
        {
            on = "2026-03-25",
            participants = new[] { "Éducatrice fictive", "Administrateur ad hoc fictif" },
            conclusion = "Retour conforme à l'intérêt supérieur (fictif).",
        }, HttpStatusCode.OK);
        Assert.Equal(2, determined.GetProperty("bestInterestsDeterminations")[0].GetProperty("participants").GetArrayLength());
        await ChildCases.PutAsync(ngo, $"{url}/durable-solution", new { type = "return", decidedOn = "2026-04-01" }, HttpStatusCode.BadRequest);
        var decided = await ChildCases.PutAsync(ngo, $"{url}/durable-solution", new { type = "return", decidedOn = "2026-04-01", country = "ro" }, HttpStatusCode.OK);
        Assert.Equal("RO", decided.GetProperty("durableSolution").GetProperty("country").GetString());

        // Changing the solution needs a new determination.
        await ChildCases.PutAsync(ngo, $"{url}/durable-solution", new { type = "integration", decidedOn = "2026-04-05" }, HttpStatusCode.Conflict);
        Assert.Equal("return", (await ngo.GetFromJsonAsync<JsonElement>(url)).GetProperty("durableSolution").GetProperty("type").GetString());
        Assert.DoesNotContain("intérêt", app.WithDb(db => db.BestInterestsDeterminations.Single(d => d.CaseId == Guid.Parse(id)).ProtectedConclusion), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplacingTheRecord_NeedsTheVersionRead_SoTwoWorkersDoNotOverwriteEachOther()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, _, _) = await ChildCases.DisputedAgeAsync(ngo);
        var url = $"/api/v1/cases/{id}/child-protection";
        var guardian = new { kind = "parent", name = "Parent Fictif" };

        var missing = await ngo.PutAsJsonAsync($"{url}/guardian", guardian);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);

        using var first = await ngo.GetAsync(url);
        var read = first.Headers.ETag!;
        Assert.Equal("\"0\"", read.Tag);
        var saved = await ChildCases.PutWithAsync(ngo, $"{url}/guardian", guardian, read);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(read, saved.Headers.ETag);

        // A second worker who read the same version before that save is refused, and nothing is overwritten.
        var stale = await ChildCases.PutWithAsync(ngo, $"{url}/guardian", new { kind = "legal-guardian", name = "Autre Fictif" }, read);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("child.stale", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal("Parent Fictif", (await ngo.GetFromJsonAsync<JsonElement>(url)).GetProperty("guardian").GetProperty("name").GetString());

        // Additions (an age assessment) take no version and do not move it.
        await ChildCases.PostAsync(ngo, $"{url}/age-assessments", new { on = "2026-03-10", method = "social-evaluation", result = "minor" }, HttpStatusCode.OK);
        using var after = await ngo.GetAsync(url);
        Assert.Equal(saved.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Refusals_SpeakTheUsersLanguage()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var (id, _, _) = await ChildCases.DisputedAgeAsync(ngo);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{id}/child-protection/age-assessments")
        {
            Content = JsonContent.Create(new { on = "2026-03-10", result = "minor", assessedBy = new string('x', 201) }),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        var refused = await ngo.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Indiquez comment l'âge a été évalué.", errors.GetProperty("method")[0].GetString());
    }
}
