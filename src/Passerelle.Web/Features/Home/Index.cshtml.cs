using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Time;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Home;

/// <summary>The last verification of the audit chain: when, by whom, and its verdict as recorded (1301).</summary>
public sealed record LastVerification(DateTime At, string? By, bool Intact);

/// <summary>
/// The home page says what to do next: the user's tasks (<see cref="MyTasks"/>) with a count per kind and a link to
/// the page that lists each kind; the statistician gets the latest publications, the auditor the state of the audit
/// chain's last verification, the administrator the administration pages.
/// </summary>
public sealed class IndexModel(MyTasks myTasks, CurrentUser user, PasserelleDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Tasks shown in the table; the counts cover them all.</summary>
    public const int Shown = 50;

    public IReadOnlyList<MyTask> Tasks { get; private set; } = [];

    public IReadOnlyDictionary<TaskKind, int> Counts { get; private set; } = new Dictionary<TaskKind, int>();

    public int LatestReportYear { get; private set; }

    public LastVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.CanReadCases)
        {
            Tasks = await myTasks.ListAsync(ct);
            Counts = Tasks.CountBy(t => t.Kind).ToDictionary();
        }

        // The annual report of the last complete year is the latest publication (docs/statistics.md).
        LatestReportYear = clock.Today().Year - 1;
        if (user.Role == Role.Auditor)
        {
            var last = await db.AuditEntries.AsNoTracking().Where(e => e.EventType == AuditEventType.AuditVerified)
                .OrderByDescending(e => e.Sequence).Select(e => new { e.OccurredAt, e.UserEmail, e.Details }).FirstOrDefaultAsync(ct);
            Verification = last is null ? null : new LastVerification(last.OccurredAt, last.UserEmail, last.Details?.StartsWith("intact", StringComparison.Ordinal) == true);
        }
    }

    /// <summary>Where each kind of task is listed whole.</summary>
    public static string ListOf(TaskKind kind) => kind switch
    {
        TaskKind.DeadlineOverdue => "/Deadlines",
        TaskKind.DeadlineDueSoon => "/Deadlines",
        TaskKind.DecisionAwaiting => "/Identification",
        TaskKind.ReferralIncoming => "/Referrals",
        TaskKind.MissingChild => "/Notifications",
        TaskKind.LinkageReview => "/Linkage",
        TaskKind.DataRequestDue => "#tasks",
    };

}
