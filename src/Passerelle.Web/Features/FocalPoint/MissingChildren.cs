using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Children;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.FocalPoint;

public enum MissingChildrenFilter
{
    Open,
    All,
}

/// <summary>
/// One missing-child episode as the National Focal Point follows it: the case reference (never a name), when it was
/// reported, where and when the child was last seen as the reporter wrote it, what became of it and which agency
/// leads the child's case (null while none is recorded).
/// </summary>
public sealed record MissingChildView(
    Guid EpisodeId,
    Guid CaseId,
    string CaseReference,
    DateTimeOffset ReportedAt,
    string LastSeenAt,
    string ReportedBy,
    MissingEpisodeStatus Status,
    DateTimeOffset? FoundAt,
    string? FoundWhere,
    DateTimeOffset? ClosedAt,
    Guid? LeadAgencyId,
    string? LeadAgency);

/// <summary>
/// The missing-child episodes of every agency, for the National Focal Point, which each report alerts (DOMAIN.md
/// section 6). Only the Focal Point (<see cref="Platform.Security.Policies.FocalPoint"/>) calls it; every read is audited.
/// </summary>
public sealed class MissingChildren(PasserelleDbContext db, AuditTrail audit)
{
    public const int MaxShown = 500;

    /// <summary>Still missing first, then the most recently reported.</summary>
    public async Task<PagedList<MissingChildView>> ListAsync(MissingChildrenFilter filter, Paging paging, CancellationToken ct)
    {
        var episodes = db.MissingEpisodes.AsNoTracking();
        if (filter == MissingChildrenFilter.Open)
        {
            episodes = episodes.Where(e => e.Status == MissingEpisodeStatus.Reported);
        }

        // By day in the database (SQLite cannot order by a DateTimeOffset column), then the latest recorded first: the
        // id is a version 7 GUID, ordered by its creation time and unique, so pages never overlap.
        var rows = await episodes
            .OrderBy(e => e.Status == MissingEpisodeStatus.Reported ? 0 : 1).ThenByDescending(e => e.ReportedOn).ThenByDescending(e => e.Id)
            .ToPageAsync(paging, page => page
                .Join(db.Cases, e => e.CaseId, c => c.Id, (e, c) => new { Episode = e, c.Reference })
                .GroupJoin(db.ChildProtectionRecords, x => x.Episode.CaseId, p => p.CaseId, (x, records) => new { x.Episode, x.Reference, records })
                .SelectMany(x => x.records.DefaultIfEmpty(), (x, record) => new { x.Episode, x.Reference, LeadAgencyId = record == null ? null : record.LeadAgencyId })
                .GroupJoin(db.Agencies, x => x.LeadAgencyId, a => (Guid?)a.Id, (x, agencies) => new { x.Episode, x.Reference, x.LeadAgencyId, agencies })
                .SelectMany(x => x.agencies.DefaultIfEmpty(), (x, agency) => new { x.Episode, x.Reference, x.LeadAgencyId, LeadAgency = agency == null ? null : agency.Name })
                .OrderBy(x => x.Episode.Status == MissingEpisodeStatus.Reported ? 0 : 1).ThenByDescending(x => x.Episode.ReportedOn).ThenByDescending(x => x.Episode.Id), ct);

        var views = rows.Items
            .Select(r => new MissingChildView(
                r.Episode.Id, r.Episode.CaseId, r.Reference, r.Episode.ReportedAt, r.Episode.LastSeenAt, r.Episode.ReportedBy, r.Episode.Status,
                r.Episode.FoundAt, r.Episode.FoundWhere, r.Episode.ClosedAt, r.LeadAgencyId, r.LeadAgency))
            .ToList();

        audit.Record(AuditEventType.MissingChildrenListed, details: Truncate(
            $"status={(filter == MissingChildrenFilter.Open ? "open" : "all")} count={views.Count} shown={string.Join(',', views.Select(v => v.CaseReference))}"));
        await audit.CommitAsync(cancellationToken: ct);
        return new PagedList<MissingChildView>(views, rows.Page, rows.PageSize, rows.Total);
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];
}
