using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Linkage;

/// <summary>
/// The coordinator's side of linkage: run history, the review queue, decisions and links. Every view of the
/// compared values and every decision is audited; a decision takes effect at once through a new run.
/// </summary>
public sealed class LinkageService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, LinkageRunner runner)
{
    /// <summary>Pairs a page by default: the review page shows as many.</summary>
    public const int PageSize = 100;

    public async Task<PagedList<LinkageRunView>> RunsAsync(Paging paging, CancellationToken ct)
    {
        var runs = await db.Set<LinkageRun>().AsNoTracking().OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.LinkageRunsViewed);
        await audit.CommitAsync(cancellationToken: ct);
        return runs.Select(View);
    }

    public async Task<LinkageRunView> RunAsync(CancellationToken ct) => View(await runner.RunAsync(LinkageTrigger.OnDemand, ct));

    /// <summary>
    /// Pairs by status, one page. Pairs whose decision would change the count of persons
    /// come first: two cases not yet in one person (accepting merges two persons), across agencies (the national
    /// count), then the strongest.
    /// </summary>
    public async Task<PagedList<LinkagePairView>> PairsAsync(
        IReadOnlyCollection<LinkagePairStatus> statuses, bool crossAgencyOnly, Paging paging, CancellationToken ct)
    {
        var query =
            from p in db.Set<LinkagePair>().AsNoTracking()
            where statuses.Contains(p.Status) && (!crossAgencyOnly || p.CrossAgency)
            join l in db.Cases on p.LeftCaseId equals l.Id
            join r in db.Cases on p.RightCaseId equals r.Id
            let changesCount = l.PersonKey != r.PersonKey
            orderby changesCount descending, p.CrossAgency descending, p.Weight descending, p.Id
            select p;
        var page = await query.ToPageAsync(paging, ct);
        var pairs = page.Items;
        var views = new PagedList<LinkagePairView>(await ViewsAsync([.. pairs], ct), page.Page, page.PageSize, page.Total);
        var type = statuses.Contains(LinkagePairStatus.Linked) ? AuditEventType.LinkageLinksViewed : AuditEventType.LinkageReviewsViewed;
        foreach (var caseId in pairs.SelectMany(p => new[] { p.LeftCaseId, p.RightCaseId }).Distinct())
        {
            audit.Record(type, caseId);
        }

        if (pairs.Count == 0)
        {
            audit.Record(type);
        }

        await audit.CommitAsync(cancellationToken: ct);
        return views;
    }

    public Task<WriteResult<LinkagePairView>> AcceptAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, LinkagePairStatus.Accepted, [LinkagePairStatus.Pending], AuditEventType.LinkagePairAccepted, ct);

    public Task<WriteResult<LinkagePairView>> RejectAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, LinkagePairStatus.Rejected, [LinkagePairStatus.Pending], AuditEventType.LinkagePairRejected, ct);

    public Task<WriteResult<LinkagePairView>> UnlinkAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, LinkagePairStatus.Unlinked, [LinkagePairStatus.Linked, LinkagePairStatus.Accepted], AuditEventType.LinkagePairUnlinked, ct);

    /// <summary>For whoever may see the case: whether another agency records the same person. Nothing more.</summary>
    public async Task<CaseLinkageView?> ForCaseAsync(Guid caseId, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId)
            .Select(c => new { c.PersonKey, c.AgencyId }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var elsewhere = await db.Cases.AnyAsync(o => o.PersonKey == found.PersonKey && o.Id != caseId && o.AgencyId != found.AgencyId, ct);
        audit.Record(AuditEventType.CaseLinkageViewed, caseId);
        await audit.CommitAsync(cancellationToken: ct);
        return new CaseLinkageView(elsewhere);
    }

    private async Task<WriteResult<LinkagePairView>> DecideAsync(
        Guid id, LinkagePairStatus decision, LinkagePairStatus[] allowedFrom, AuditEventType type, CancellationToken ct)
    {
        // Under the runs' lock (LinkageRunner.DecideAsync): a run cannot change the pair between its read and the save.
        var refused = await runner.DecideAsync(token => DecideLockedAsync(id, decision, allowedFrom, type, token), error => error is null, ct);
        if (refused is not null)
        {
            return refused;
        }

        db.ChangeTracker.Clear();
        var reloaded = await db.Set<LinkagePair>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return reloaded is null ? WriteError.NotFound() : (await ViewsAsync([reloaded], ct))[0];
    }

    /// <summary>Stores the decision and its audit entries; answers why it was refused, or null.</summary>
    private async Task<WriteError?> DecideLockedAsync(
        Guid id, LinkagePairStatus decision, LinkagePairStatus[] allowedFrom, AuditEventType type, CancellationToken ct)
    {
        var pair = await db.Set<LinkagePair>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pair is null)
        {
            return WriteError.NotFound();
        }

        if (!allowedFrom.Contains(pair.Status))
        {
            return WriteError.Conflict("linkage.illegal-decision", ProblemTexts.NotAllowedNow,
                $"The pair is {ApiEnum.Name(pair.Status)}; this decision applies only to a {string.Join(" or ", allowedFrom.Select(ApiEnum.Name))} pair.");
        }

        pair.Decide(decision, user.Id, clock.GetUtcNow().UtcDateTime);
        audit.Record(type, pair.LeftCaseId, $"pair={pair.Id} with={pair.RightCaseId} weight={pair.Weight}");
        audit.Record(type, pair.RightCaseId, $"pair={pair.Id} with={pair.LeftCaseId} weight={pair.Weight}");
        await audit.CommitAsync(cancellationToken: ct);
        return null;
    }

    private async Task<List<LinkagePairView>> ViewsAsync(List<LinkagePair> pairs, CancellationToken ct)
    {
        var ids = pairs.SelectMany(p => new[] { p.LeftCaseId, p.RightCaseId }).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var agencyIds = cases.Values.Select(c => c.AgencyId).Distinct().ToList();
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var records = cases.Values.ToDictionary(c => c.Id, c => Record(c, agencies.GetValueOrDefault(c.AgencyId, "")));
        return [.. pairs.Select(p => new LinkagePairView(
            p.Id, ApiEnum.Name(p.Status), p.Weight, p.CrossAgency, records[p.LeftCaseId], records[p.RightCaseId],
            JsonSerializer.Deserialize<List<FieldWeightView>>(p.Explanation, PairJson.Options) ?? [], p.DecidedAt))];
    }

    // Identities are never decrypted for the review: the coordinator sees facts that identify nobody.
    private static LinkageRecordView Record(Case c, string agency) =>
        new(c.Id, c.Reference, agency, c.BirthYear, ApiEnum.Name(c.Sex), c.Nationality, c.DetectedOn);

    private static LinkageRunView View(LinkageRun r) => new(
        r.Id, ApiEnum.Name(r.Trigger), r.StartedAt, r.FinishedAt, r.Cases, r.CandidatePairs, r.Matches, r.ReviewPairs, r.Persons, r.MatchThreshold, r.ReviewThreshold);
}
