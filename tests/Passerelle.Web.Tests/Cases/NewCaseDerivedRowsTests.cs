using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Cases;

/// <summary>
/// Issue 17, item 7: a case just created derives its deadlines and statistics from its own values, without asking
/// any feature for rows it cannot have yet. What it stores must be exactly what the full recomputation stores.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class NewCaseDerivedRowsTests(PasserelleApp app)
{
    [Fact]
    public async Task ANewCase_StoresTheDeadlinesAndStatisticsOfAFullRecomputation()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        // A minor, whose age group and majority the derived rows carry.
        var body = JsonSerializer.SerializeToNode(CaseApi.Body(CaseApi.Unique("Fresh")))!.AsObject();
        body["birthYear"] = 2011;
        var response = await api.PostAsJsonAsync("/api/v1/cases", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var created = await DerivedAsync(id);
        Assert.Single(created.CaseRows);
        Assert.Single(created.PersonRows);

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PasserelleDbContext>();
            await services.GetRequiredService<DeadlineRecomputer>().RecomputeAsync([id], CancellationToken.None);
            await services.GetRequiredService<StatisticsProjection>().RefreshAsync(db, [id], CancellationToken.None);
            await db.SaveChangesAsync();
            return true;
        });

        var recomputed = await DerivedAsync(id);
        Assert.Equal(recomputed.Deadlines, created.Deadlines);
        Assert.Equal(recomputed.CaseRows, created.CaseRows);
        Assert.Equal(recomputed.PersonRows, created.PersonRows);
    }

    private sealed record Derived(List<string> Deadlines, List<string> CaseRows, List<string> PersonRows);

    private Task<Derived> DerivedAsync(Guid id) => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<PasserelleDbContext>();
        var deadlines = await db.CaseDeadlines.AsNoTracking().Where(d => d.CaseId == id).ToListAsync();
        var caseRows = await db.Set<StatisticsCaseRow>().AsNoTracking().Where(r => r.CaseId == id).ToListAsync();
        var personKey = id.ToString();
        var personRows = await db.Set<StatisticsPersonRow>().AsNoTracking().Where(r => r.PersonKey == personKey).ToListAsync();
        return new Derived(
            [.. deadlines.Select(d => $"{d.Rule} {d.Reference} {d.From} {d.DueOn} {d.MetOn}").Order(StringComparer.Ordinal)],
            [.. caseRows.Select(r => JsonSerializer.Serialize(r))],
            [.. personRows.Select(r => JsonSerializer.Serialize(r))]);
    });
}
