using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Cases;

/// <summary>
/// Issue 17, item 7: case numbers from one sequence a year on PostgreSQL (no lock through a create's save and commit),
/// max + 1 on SQLite. Numbers stay unique under concurrent creates, and a sequence behind the stored numbers (a
/// database restored, the demo seeded) is brought level before its first use by a process.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CaseNumbersTests(PasserelleApp app)
{
    [Fact]
    public async Task ConcurrentCreates_TakeDistinctNumbers()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => CaseApi.CreateAsync(api, CaseApi.Unique($"Concurrent{i}"))));

        var references = created.Select(c => c.GetProperty("reference").GetString()).ToList();
        Assert.Equal(references.Count, references.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ASequenceBehindTheStoredNumbers_IsBroughtLevel_BeforeItsFirstUse()
    {
        if (!TestDatabase.IsPostgres)
        {
            Assert.Null(await app.WithScopeAsync(s => s.GetRequiredService<CaseNumbers>().NextAsync(2026, CancellationToken.None)));
            return;
        }

        // A year of its own, so that no other test draws from it meanwhile; three cases stored as a restore would leave them.
        const int year = 2019;
        var api = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(api, CaseApi.Unique("Numbered"))).GetProperty("id").GetGuid();
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PasserelleDbContext>();
            await db.Database.ExecuteSqlAsync($"UPDATE \"Cases\" SET \"ReferenceYear\" = {year}, \"ReferenceNumber\" = 41, \"Reference\" = {"PAS-2019-000041"} WHERE \"Id\" = {id}");
            await db.Database.ExecuteSqlRawAsync($"CREATE SEQUENCE IF NOT EXISTS case_number_{year} AS integer MINVALUE 1");
            await db.Database.ExecuteSqlRawAsync($"SELECT setval('case_number_{year}', 3)");
            return true;
        });

        // A new process (a sequence not yet checked by it), as after a restore.
        var first = await app.WithScopeAsync(s => new CaseNumbers(s.GetRequiredService<PasserelleDbContext>(), new CaseNumberSequences()).NextAsync(year, CancellationToken.None));
        Assert.Equal(42, first);

        // Ahead of the stored numbers (drawn, not yet stored): left alone, never moved back.
        var again = await app.WithScopeAsync(s => new CaseNumbers(s.GetRequiredService<PasserelleDbContext>(), new CaseNumberSequences()).NextAsync(year, CancellationToken.None));
        Assert.Equal(43, again);
    }
}
