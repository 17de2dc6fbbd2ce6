using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// The commission sessions of a département: those configured, or — until a département configures its own — a
/// default quarterly calendar: the first working day on or after the 15th of March, June, September and December.
/// </summary>
public sealed class CommissionCalendar(PasserelleDbContext db)
{
    private static readonly int[] DefaultMonths = [3, 6, 9, 12];

    public async Task<IReadOnlyList<DateOnly>> ConfiguredAsync(string departement, CancellationToken ct) =>
        await db.CommissionSessions.AsNoTracking().Where(s => s.Departement == departement)
            .OrderBy(s => s.HeldOn).Select(s => s.HeldOn).ToListAsync(ct);

    /// <summary>The sessions deadlines count on: configured ones, else the default around <paramref name="around"/>.</summary>
    public async Task<IReadOnlyList<DateOnly>> SessionsAsync(string departement, DateOnly around, CancellationToken ct)
    {
        var configured = await ConfiguredAsync(departement, ct);
        return configured.Count > 0 ? configured : DefaultSessions(departement, around.Year - 1, around.Year + 2);
    }

    public static IReadOnlyList<DateOnly> DefaultSessions(string departement, int fromYear, int toYear) =>
        [.. Enumerable.Range(fromYear, toYear - fromYear + 1)
            .SelectMany(year => DefaultMonths.Select(month => LegalPeriods.ExtendToWorkingDay(new DateOnly(year, month, 15), departement)))];
}
