using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Screenings;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// Refreshes the statistical rows of every case whose facts a save touched (the case, a screening, an identification
/// step, any <see cref="ICaseFact"/>), right after it and inside the same transaction when there is one, so that the
/// projection is never stale.
/// </summary>
public sealed class StatisticsProjectionInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> pending = [];
    private readonly ConditionalWeakTable<DbContext, object> refreshing = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RefreshAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(eventData.Context, cancellationToken);
        return result;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || refreshing.TryGetValue(context, out _))
        {
            return;
        }

        var ids = pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            Guid? caseId = entry.Entity switch
            {
                Case c => c.Id,
                CaseScreening s => s.CaseId,
                IdentificationStep s => s.CaseId,
                ICaseFact f => f.CaseId,
                _ => null,
            };
            if (caseId is { } id)
            {
                ids.Add(id);
            }
        }
    }

    private async Task RefreshAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not PasserelleDbContext db || refreshing.TryGetValue(db, out _)
            || !pending.TryGetValue(db, out var ids) || ids.Count == 0)
        {
            return;
        }

        var caseIds = ids.ToList();
        ids.Clear();
        var projection = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<StatisticsProjection>()
            ?? throw new InvalidOperationException("StatisticsProjection is not registered.");
        refreshing.Add(db, new object());
        try
        {
            await projection.RefreshAsync(db, caseIds, ct);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            refreshing.Remove(db);
        }
    }
}
