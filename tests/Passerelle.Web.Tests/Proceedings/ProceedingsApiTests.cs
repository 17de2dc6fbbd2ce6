using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Proceedings;

[Collection(AppCollection.Name)]
public sealed class ProceedingsApiTests(PasserelleApp app)
{
    private static readonly object Convicted = new
    {
        complaintFiledOn = "2025-02-03",
        unit = "ocrteh",
        offencesCharged = new[] { "225-4-1", "art. 225-5" },
        outcome = "convicted",
        decidedOn = "2026-03-02",
        finalOn = "2026-03-12",
        sentence = new { prisonMonths = 48, suspendedMonths = 12, fine = 30000m },
        confiscations = new[] { new { orderedOn = "2026-03-02", amount = 12500.50m, description = "Fictional bank account" } },
        compensationClaims = new object[]
        {
            new { body = "civi", filedOn = "2026-04-01", amountClaimed = 20000m, decidedOn = "2026-06-10", amountGranted = 15000m },
            new { body = "agrasc", filedOn = "2026-05-01", amountClaimed = 5000m },
        },
    };

    private static async Task<HttpResponseMessage> PutAsync(HttpClient api, string caseUrl, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{caseUrl}/proceedings") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.ParseAdd(etag);
        }

        return await api.SendAsync(request);
    }

    private static async Task<string> ETagAsync(HttpClient api, string caseUrl) =>
        (await api.GetAsync($"{caseUrl}/proceedings")).Headers.ETag!.Tag;

    private async Task<(HttpClient Ngo, string Url, Guid Id)> NewCaseAsync()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(ngo, CaseApi.Unique("Proceedings"), null);
        var id = created.GetProperty("id").GetGuid();
        return (ngo, $"/api/v1/cases/{id}", id);
    }

    private static bool Absent(JsonElement json, string property) =>
        !json.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null;

    private StatisticsCaseRow RowOf(Guid caseId) =>
        app.WithDb(db => db.Set<StatisticsCaseRow>().AsNoTracking().Single(r => r.CaseId == caseId));

    [Fact]
    public async Task Proceedings_RoundTrip_WithKebabCaseEnums_AndTheETagMoves()
    {
        var (ngo, url, id) = await NewCaseAsync();
        var empty = await ngo.GetFromJsonAsync<JsonElement>($"{url}/proceedings");
        Assert.Equal("pending", empty.GetProperty("outcome").GetString());
        Assert.True(Absent(empty, "complaintFiledOn"));
        Assert.Equal("\"0\"", await ETagAsync(ngo, url));

        var saved = await PutAsync(ngo, url, Convicted, "\"0\"");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var etag = saved.Headers.ETag!.Tag;
        Assert.NotEqual("\"0\"", etag);

        var read = await ngo.GetFromJsonAsync<JsonElement>($"{url}/proceedings");
        Assert.Equal("2025-02-03", read.GetProperty("complaintFiledOn").GetString());
        Assert.Equal("ocrteh", read.GetProperty("unit").GetString());
        Assert.Equal(["225-4-1", "225-5"], read.GetProperty("offencesCharged").EnumerateArray().Select(o => o.GetString()!).ToArray());
        Assert.Equal("convicted", read.GetProperty("outcome").GetString());
        Assert.Equal(48, read.GetProperty("sentence").GetProperty("prisonMonths").GetInt32());
        Assert.Equal(12500.50m, read.GetProperty("confiscations")[0].GetProperty("amount").GetDecimal());
        var claims = read.GetProperty("compensationClaims");
        Assert.Equal("civi", claims[0].GetProperty("body").GetString());
        Assert.Equal(15000m, claims[0].GetProperty("amountGranted").GetDecimal());
        Assert.Equal("agrasc", claims[1].GetProperty("body").GetString());
        Assert.True(Absent(claims[1], "amountGranted"));

        // The whole record is replaced: rows left out are gone.
        var other = await PutAsync(ngo, url, new { unit = "other", otherUnit = "Fictional local brigade" }, etag);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        var replaced = await other.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("other", replaced.GetProperty("unit").GetString());
        Assert.Equal(0, replaced.GetProperty("compensationClaims").GetArrayLength());
        Assert.Equal(0, replaced.GetProperty("confiscations").GetArrayLength());
        Assert.True(Absent(replaced, "sentence"));

        var audited = app.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.CaseId == id).Select(e => e.EventType).ToList());
        Assert.Contains(AuditEventType.ProceedingsViewed, audited);
        Assert.Equal(2, audited.Count(e => e == AuditEventType.ProceedingsUpdated));
    }

    [Fact]
    public async Task BadInput_NamesEveryField_AndStoresNothing()
    {
        var (ngo, url, id) = await NewCaseAsync();
        var bad = await PutAsync(ngo, url, new
        {
            complaintFiledOn = "2099-01-01",
            unit = "other",
            offencesCharged = new[] { "theft" },
            outcome = "acquitted",
            finalOn = "2099-01-01",
            sentence = new { prisonMonths = 6 },
            confiscations = new[] { new { orderedOn = "2026-01-01", amount = -1m } },
            compensationClaims = new[] { new { body = "civi", filedOn = "2026-01-01", amountClaimed = 100m, amountGranted = 50m } },
        }, "\"0\"");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "complaintFiledOn", "otherUnit", "offencesCharged", "decidedOn", "finalOn", "sentence", "confiscations", "compensationClaims" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field}: {errors}");
        }

        var missing = await PutAsync(ngo, url, new { compensationClaims = new[] { new { filedOn = "2026-01-01" } } }, "\"0\"");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("compensationClaims", out _));

        Assert.False(app.WithDb(db => db.CaseProceedings.Any(p => p.CaseId == id)));
        Assert.False(app.WithDb(db => db.CompensationClaims.Any(c => c.CaseId == id)));
        Assert.False(app.WithDb(db => db.ProceedingsConfiscations.Any(c => c.CaseId == id)));
        Assert.Equal("\"0\"", await ETagAsync(ngo, url));
    }

    [Fact]
    public async Task IfMatch_IsRequired_AndAStaleVersionIsRefused()
    {
        var (ngo, url, id) = await NewCaseAsync();
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await PutAsync(ngo, url, new { complaintFiledOn = "2026-01-05" }, null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync(ngo, url, new { complaintFiledOn = "2026-01-05" }, "\"3\"")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(ngo, url, new { complaintFiledOn = "2026-01-05" }, "\"0\"")).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync(ngo, url, new { complaintFiledOn = "2026-01-06" }, "\"0\"")).StatusCode);
        Assert.Equal(new DateOnly(2026, 1, 5), app.WithDb(db => db.CaseProceedings.Single(p => p.CaseId == id).ComplaintFiledOn));
    }

    [Fact]
    public async Task Proceedings_AreScoped_AndWrittenByTheHoldingAgencysCaseManagersOnly()
    {
        var (_, url, _) = await NewCaseAsync();
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync($"{url}/proceedings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(ngo2, url, new { complaintFiledOn = "2026-01-05" }, "\"0\"")).StatusCode);

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"{url}/proceedings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(coordinator, url, new { complaintFiledOn = "2026-01-05" }, "\"0\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("ngo@demo.test")).GetAsync($"/api/v1/cases/{Guid.NewGuid()}/proceedings")).StatusCode);
    }

    [Fact]
    public async Task AFinalDecision_SetsTheCiviClaimLimit_AndStatisticsCountComplaintAndAmounts()
    {
        var (ngo, url, id) = await NewCaseAsync();
        var row = RowOf(id);
        Assert.False(row.Complaints || row.CompensationClaimed);

        Assert.Equal(HttpStatusCode.OK, (await PutAsync(ngo, url, Convicted, "\"0\"")).StatusCode);
        var deadlines = await ngo.GetAllItemsAsync($"{url}/deadlines");
        var civi = deadlines.EnumerateArray().Single(d => d.GetProperty("rule").GetString() == "civi-claim-limit");
        // One year after the final decision of Thursday 12 March 2026: Friday 12 March 2027. The CIVI claim meets it.
        Assert.Equal("2027-03-12", civi.GetProperty("dueOn").GetString());
        Assert.Equal("met", civi.GetProperty("status").GetString());

        row = RowOf(id);
        Assert.True(row.Complaints);
        Assert.True(row.CompensationClaimed);
        Assert.True(row.CompensationGranted);
        Assert.Equal(25000m, row.CompensationClaimedAmount);
        Assert.Equal(15000m, row.CompensationGrantedAmount);
        Assert.Equal(12500.50m, row.Confiscations);

        // Without a CIVI claim the limit stands open; without a complaint nothing is counted.
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(ngo, url, new { outcome = "convicted", decidedOn = "2026-03-02", finalOn = "2026-03-12" }, await ETagAsync(ngo, url))).StatusCode);
        var open = (await ngo.GetAllItemsAsync($"{url}/deadlines")).EnumerateArray().Single(d => d.GetProperty("rule").GetString() == "civi-claim-limit");
        Assert.NotEqual("met", open.GetProperty("status").GetString());
        row = RowOf(id);
        Assert.False(row.Complaints);
        Assert.Equal(0m, row.CompensationClaimedAmount);
        Assert.Equal(0m, row.Confiscations);
    }

    [Fact]
    public async Task OffenceDate_Testimony_AndNonPunishment_FollowTheLaw()
    {
        var (ngo, url, _) = await NewCaseAsync();
        string? Due(JsonElement deadlines, string rule) =>
            deadlines.EnumerateArray().Where(d => d.GetProperty("rule").GetString() == rule).Select(d => d.GetProperty("dueOn").GetString()).FirstOrDefault();

        // CPP 706-5: a dismissal (classement) is not a prosecution: three years from the offence, no extension, no AGRASC.
        var dismissed = new { offenceOn = "2023-05-10", outcome = "dismissed", decidedOn = "2026-01-05", finalOn = "2026-01-05" };
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(ngo, url, dismissed, "\"0\"")).StatusCode);
        var deadlines = await ngo.GetAllItemsAsync($"{url}/deadlines");
        Assert.Equal("2026-05-11", Due(deadlines, "civi-claim-limit"));
        Assert.Null(Due(deadlines, "agrasc-claim-limit"));

        // A conviction: the later of three years from the offence and a year after the final decision; AGRASC six
        // months after the final decision (CPP 706-164; 12 September 2026 is a Saturday). L.425-1: a testimony and
        // the ties-severed condition; non-punishment: the note to the prosecutor and its outcome.
        var convicted = new
        {
            offenceOn = "2024-01-10",
            testimonyGivenOn = "2025-03-01",
            tiesSevered = true,
            outcome = "convicted",
            decidedOn = "2026-03-02",
            finalOn = "2026-03-12",
            nonPunishment = new { status = "suspect", noteToProsecutorOn = "2025-04-01", outcome = "not-prosecuted" },
        };
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(ngo, url, convicted, await ETagAsync(ngo, url))).StatusCode);
        deadlines = await ngo.GetAllItemsAsync($"{url}/deadlines");
        Assert.Equal("2027-03-12", Due(deadlines, "civi-claim-limit"));
        Assert.Equal("2026-09-14", Due(deadlines, "agrasc-claim-limit"));

        var read = await ngo.GetFromJsonAsync<JsonElement>($"{url}/proceedings");
        Assert.Equal("2024-01-10", read.GetProperty("offenceOn").GetString());
        Assert.Equal("2025-03-01", read.GetProperty("testimonyGivenOn").GetString());
        Assert.True(read.GetProperty("tiesSevered").GetBoolean());
        var np = read.GetProperty("nonPunishment");
        Assert.Equal(("suspect", "2025-04-01", "not-prosecuted"),
            (np.GetProperty("status").GetString(), np.GetProperty("noteToProsecutorOn").GetString(), np.GetProperty("outcome").GetString()));

        // L.425-3: the final conviction prompts the resident card on the rights.
        Assert.Equal("2026-03-12", (await ngo.GetFromJsonAsync<JsonElement>($"{url}/rights")).GetProperty("residentCardEligibleSince").GetString());

        // A note without saying who is suspected, and an offence in the future, are refused.
        var bad = await PutAsync(ngo, url, new { offenceOn = "2099-01-01", nonPunishment = new { noteToProsecutorOn = "2025-04-01" } }, await ETagAsync(ngo, url));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("offenceOn", out _) && errors.TryGetProperty("nonPunishment", out _), errors.ToString());
    }
}
