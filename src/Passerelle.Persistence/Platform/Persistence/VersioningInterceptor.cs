using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelle.Web.Platform.Persistence;

/// <summary>Bumps <see cref="IVersioned.Version"/> of every modified entity, in one place.</summary>
public sealed class VersioningInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static readonly HashSet<string> SystemProperties = ["PersonKey"];

    private static void Bump(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            // The version guards what people edit (If-Match); the person key set by linkage is not theirs to race on.
            if (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && !SystemProperties.Contains(p.Metadata.Name)))
            {
                entry.Entity.Version++;
            }
            else if (entry.State == EntityState.Added && entry.Entity.Version == 0)
            {
                entry.Entity.Version = 1;
            }
        }
    }
}
