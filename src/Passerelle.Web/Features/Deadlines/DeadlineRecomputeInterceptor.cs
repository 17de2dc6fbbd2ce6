using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Identification;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// Notes which cases a save touches — a <see cref="Case"/>, an <see cref="IdentificationStep"/>, any
/// <see cref="ICaseFact"/> of any feature, or an <see cref="ILinkedCaseFact"/> linked to a case — and, once the save has written them, recomputes those cases' deadlines
/// with a second save on the same context, so inside the caller's transaction when there is one (the audit trail
/// always opens one). Facts are read back from the database, which is why this runs after the save, not before.
/// </summary>
/// <param name="scope">The request's (or job's) service provider: the recomputer shares the context being saved.</param>
public sealed class DeadlineRecomputeInterceptor(IServiceProvider scope) : SaveChangesInterceptor
{
    private readonly HashSet<Guid> pending = [];
    private bool recomputing;

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
        RecomputeAsync(CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await RecomputeAsync(cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => pending.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        pending.Clear();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || recomputing)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            Guid? caseId = entry.Entity switch
            {
                Case c => c.Id,
                IdentificationStep s => s.CaseId,
                ICaseFact f => f.CaseId,
                _ => null,
            };
            if (caseId is { } id)
            {
                pending.Add(id);
            }

            if (entry.Entity is ILinkedCaseFact linked)
            {
                // Unlinking or relinking changes the deadlines of the case it was linked to as well.
                var original = entry.State == EntityState.Added ? null : entry.Property(nameof(ILinkedCaseFact.LinkedCaseId)).OriginalValue as Guid?;
                foreach (var linkedId in new[] { linked.LinkedCaseId, original })
                {
                    if (linkedId is { } value)
                    {
                        pending.Add(value);
                    }
                }
            }
        }
    }

    private async Task RecomputeAsync(CancellationToken ct)
    {
        if (recomputing || pending.Count == 0)
        {
            return;
        }

        var caseIds = pending.ToList();
        pending.Clear();
        recomputing = true;
        try
        {
            await scope.GetRequiredService<DeadlineRecomputer>().RecomputeAsync(caseIds, ct);
        }
        finally
        {
            recomputing = false;
        }
    }
}
