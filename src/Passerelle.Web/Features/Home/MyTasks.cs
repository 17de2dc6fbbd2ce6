using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Children;
using Passerelle.Domain.DataRequests;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.DataProtection;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Linkage;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Home;

public enum TaskKind
{
    DeadlineOverdue = 1,
    DeadlineDueSoon = 2,
    DecisionAwaiting = 3,
    ReferralIncoming = 4,
    MissingChild = 5,
    LinkageReview = 6,

    /// <summary>A data-subject request of a case the user's agency holds, due within seven days or overdue (GDPR art. 12(3)).</summary>
    DataRequestDue = 7,
}

/// <summary>
/// One thing the user should do next. <paramref name="Title"/> is in the user's language and never names anyone;
/// <see cref="Link"/> is the page where it is done (not in the API: a client builds its own links).
/// </summary>
public sealed record MyTask(TaskKind Kind, Guid CaseId, string Reference, DateOnly? DueOn, string Title)
{
    [JsonIgnore]
    public string Link { get; init; } = "";
}

/// <summary>
/// "What to do next", for the home page and <c>GET /api/v1/me/tasks</c>: open deadlines overdue or due this week of
/// the cases the user's agency works on (<see cref="CaseOperation.Update"/>: held, or led as child-welfare agency),
/// identification requests awaiting the user's own view, referrals sent to a provider the user's agency acts for and
/// not yet answered, children still missing in the user's scope (<see cref="CaseOperation.ReadFile"/>; the
/// coordinator, who hosts the National Focal Point, sees all), and for the coordinator the linkage pairs to review.
/// Every list goes through the same scope as the pages that open them, so a task never leads to a 404.
/// </summary>
public sealed class MyTasks(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, DeadlineBoard board, IStringLocalizer<Text> text)
{
    /// <summary>At most this many linkage pairs are listed (the review page pages through the rest).</summary>
    public const int LinkagePairsShown = 100;

    public async Task<IReadOnlyList<MyTask>> ListAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var tasks = new List<MyTask>();
        if (user.CanWriteCases)
        {
            var worked = db.CasesFor(user, CaseOperation.Update).AsNoTracking();
            foreach (var (filter, kind) in new[] { (DueFilter.Overdue, TaskKind.DeadlineOverdue), (DueFilter.Week, TaskKind.DeadlineDueSoon) })
            {
                tasks.AddRange((await board.DueInScopeAsync(worked, filter, today, ct)).Select(d => new MyTask(kind, d.CaseId, d.CaseReference, d.DueOn,
                    $"{text[Labels.Of(d.Rule)]} — {DaysText.Of(text, d.DaysLeft)}")
                { Link = $"/Cases/Details/{d.CaseId}" }));
            }

            tasks.AddRange(await AwaitingMyViewAsync(ct));
            tasks.AddRange(await DataRequestsDueAsync(today, ct));
            tasks.AddRange(await IncomingReferralsAsync(ct));
        }

        if (user.CanReadCases)
        {
            tasks.AddRange(await MissingChildrenAsync(ct));
        }

        if (user.Role == Role.Coordinator)
        {
            tasks.AddRange(await LinkageReviewsAsync(ct));
        }

        audit.Record(AuditEventType.TasksListed, details: string.Join(' ', tasks.GroupBy(t => t.Kind).OrderBy(g => g.Key).Select(g => $"{ApiEnum.Name(g.Key)}={g.Count()}")));
        await audit.CommitAsync(cancellationToken: ct);
        return [.. tasks.OrderBy(t => t.DueOn ?? DateOnly.MaxValue).ThenBy(t => t.Kind).ThenBy(t => t.Reference, StringComparer.Ordinal)];
    }

    private async Task<IEnumerable<MyTask>> AwaitingMyViewAsync(CancellationToken ct)
    {
        var userId = user.Id;
        var steps = await db.IdentificationSteps.AsNoTracking()
            .Where(s => s.Outcome == null && s.PanelMemberIds.Contains(userId) && !db.PanelOpinions.Any(o => o.StepId == s.Id && o.UserId == userId))
            .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => new { s.CaseId, c.Reference, s.Stage, s.DueOn, s.NotBefore })
            .ToListAsync(ct);
        return steps.Select(s => new MyTask(TaskKind.DecisionAwaiting, s.CaseId, s.Reference, s.DueOn ?? s.NotBefore,
            text[s.Stage == IdentificationStage.Rg ? DayTexts.RgViewAwaited : DayTexts.CgViewAwaited])
        { Link = "/Identification" });
    }

    /// <summary>Requests to answer: only the holding agency answers them (it alone reads the identity), so the request's agency is the user's.</summary>
    private async Task<IEnumerable<MyTask>> DataRequestsDueAsync(DateOnly today, CancellationToken ct)
    {
        var agencyId = user.AgencyId;
        var soon = today.AddDays(DataSubjectRequests.DueSoonDays);
        var requests = await db.Set<DataSubjectRequest>().AsNoTracking()
            .Where(r => r.AgencyId == agencyId && (r.Status == DataRequestStatus.Received || r.Status == DataRequestStatus.Extended) && r.DueOn <= soon)
            .Join(db.CasesFor(user, CaseOperation.Update), r => r.CaseId, c => c.Id, (r, c) => new { r.CaseId, c.Reference, r.Kind, r.DueOn })
            .ToListAsync(ct);
        return requests.Select(r => new MyTask(TaskKind.DataRequestDue, r.CaseId, r.Reference, r.DueOn,
            $"{text[Labels.Of(r.Kind)]} — {DaysText.Of(text, r.DueOn.DayNumber - today.DayNumber)}")
        { Link = $"/DataProtection/{r.CaseId}" });
    }

    private async Task<IEnumerable<MyTask>> IncomingReferralsAsync(CancellationToken ct)
    {
        var agencyId = user.AgencyId;
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Sent && db.Providers.Any(p => p.Id == r.ProviderId && p.AgencyId == agencyId))
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.Id, r.CaseId, c.Reference, r.Service, r.SentOn })
            .ToListAsync(ct);
        return referrals.Select(r => new MyTask(TaskKind.ReferralIncoming, r.CaseId, r.Reference, r.SentOn,
            string.Format(text[DayTexts.ReferralReceived], text[Labels.Of(r.Service)]))
        { Link = $"/Referrals/Details/{r.Id}" });
    }

    private async Task<IEnumerable<MyTask>> MissingChildrenAsync(CancellationToken ct)
    {
        var scope = db.CasesFor(user, CaseOperation.ReadFile);
        var missing = await db.MissingEpisodes.AsNoTracking()
            .Where(e => e.Status == MissingEpisodeStatus.Reported)
            .Join(scope, e => e.CaseId, c => c.Id, (e, c) => new { e.CaseId, c.Reference, e.ReportedOn })
            .ToListAsync(ct);
        return missing.Select(m => new MyTask(TaskKind.MissingChild, m.CaseId, m.Reference, m.ReportedOn,
            string.Format(text[DayTexts.ChildMissingSince], m.ReportedOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)))
        { Link = $"/Cases/Details/{m.CaseId}" });
    }

    private async Task<IEnumerable<MyTask>> LinkageReviewsAsync(CancellationToken ct)
    {
        var pairs = await db.LinkagePairs.AsNoTracking().Where(p => p.Status == LinkagePairStatus.Pending)
            .OrderByDescending(p => p.Weight).Take(LinkagePairsShown)
            .Join(db.Cases, p => p.LeftCaseId, c => c.Id, (p, c) => new { p.LeftCaseId, Left = c.Reference, p.RightCaseId })
            .Join(db.Cases, p => p.RightCaseId, c => c.Id, (p, c) => new { p.LeftCaseId, p.Left, Right = c.Reference })
            .ToListAsync(ct);
        return pairs.Select(p => new MyTask(TaskKind.LinkageReview, p.LeftCaseId, p.Left, null,
            string.Format(text[DayTexts.SamePersonAs], p.Right))
        { Link = "/Linkage" });
    }
}
