using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Linkage;

/// <summary>
/// A linkage run re-keys a case between an edit's read of it and the edit's save (the edit waits for the run's lock,
/// then saves). The edit does not write the person key, so the case keeps the run's key; but its statistics rows were
/// refreshed from the key the edit had read: the person stayed counted under the old key too, for good.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReKeyedDuringAnEditTests(PasserelleApp app)
{
    [Fact]
    public async Task An_edit_saved_after_a_run_re_keyed_its_case_counts_the_case_under_the_new_key()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var id = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Chiamaka Uchenna Obi", "1995-05-09", "01 99 00 95 59"));
        var runKey = Guid.CreateVersion7();

        await using var edit = app.Services.CreateAsyncScope();
        var db = edit.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var read = await db.Cases.SingleAsync(c => c.Id == id);
        var oldKey = read.PersonKey;

        // The run, between the edit's read and its save.
        await app.WithScopeAsync(async s => await s.GetRequiredService<PasserelleDbContext>().Cases
            .Where(c => c.Id == id).ExecuteUpdateAsync(set => set.SetProperty(c => c.PersonKey, runKey)));

        db.Entry(read).Property(c => c.Departement).CurrentValue = "75";
        await db.SaveChangesAsync();

        var (stored, row, persons) = app.WithDb(d => (
            d.Cases.AsNoTracking().Single(c => c.Id == id).PersonKey,
            d.Set<StatisticsCaseRow>().AsNoTracking().Single(r => r.CaseId == id).PersonKey,
            d.Set<StatisticsPersonRow>().AsNoTracking().Where(p => p.PersonKey == runKey.ToString() || p.PersonKey == oldKey.ToString()).Select(p => p.PersonKey).ToList()));
        Assert.Equal(runKey, stored);
        Assert.Equal(runKey.ToString(), row);
        Assert.Equal([runKey.ToString()], persons);
        Assert.Equal(runKey, read.PersonKey);
    }
}
