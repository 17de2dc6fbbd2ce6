using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Geography;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>Configures a département's commission sessions (administrator, coordinator) and moves the deadlines that count on them.</summary>
public sealed class CommissionService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, CommissionCalendar calendar, DeadlineRecomputer recomputer, TimeProvider clock)
{
    public const int MaxSessions = 100;

    public static bool MayConfigure(CurrentUser user) => user.IsSignedIn && user.Role is Role.Administrator or Role.Coordinator;

    public async Task<CommissionCalendarView> ViewAsync(string departement, CancellationToken ct)
    {
        var configured = await calendar.ConfiguredAsync(departement, ct);
        var year = clock.Today().Year;
        return configured.Count > 0
            ? new(departement, true, configured)
            : new(departement, false, CommissionCalendar.DefaultSessions(departement, year, year + 1));
    }

    public static Dictionary<string, string[]> Validate(string departement, CommissionCalendarInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Departements.IsKnown(departement))
        {
            errors["departement"] = ["Unknown département code."];
        }

        if (input.Sessions is null)
        {
            errors["sessions"] = ["The list of session dates is required (empty to return to the default quarterly calendar)."];
        }
        else if (input.Sessions.Count > MaxSessions)
        {
            errors["sessions"] = ["At most 100 sessions."];
        }

        return errors;
    }

    /// <summary>Replaces the calendar (an empty list restores the default) and recomputes the département's cases: 403 for other roles, 400 naming the bad fields.</summary>
    public async Task<WriteResult<CommissionCalendarView>> ReplaceAsync(string departement, CommissionCalendarInput input, CancellationToken ct)
    {
        if (!MayConfigure(user))
        {
            return WriteError.Forbidden("commissions.forbidden", ProblemTexts.CommissionsForbidden);
        }

        var errors = Validate(departement, input);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "commissions.invalid");
        }

        var sessions = input.Sessions!;
        db.CommissionSessions.RemoveRange(await db.CommissionSessions.Where(s => s.Departement == departement).ToListAsync(ct));
        db.CommissionSessions.AddRange(sessions.Distinct().Select(d => new CommissionSession { Departement = departement, HeldOn = d }));
        audit.Record(AuditEventType.CommissionSessionsUpdated, details: $"departement={departement} sessions={sessions.Distinct().Count()}");
        await audit.CommitAsync(async prepareCt =>
        {
            // The removals and additions must reach the database before the cases are derived from them.
            await db.SaveChangesAsync(prepareCt);
            await recomputer.RecomputeAllAsync(prepareCt, departement);
        }, ct);
        return await ViewAsync(departement, ct);
    }
}
