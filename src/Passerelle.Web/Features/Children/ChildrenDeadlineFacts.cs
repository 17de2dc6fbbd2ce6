using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Children;

/// <summary>The case's missing episodes (alert due at once) and the Focal Point enquiries linked to it.</summary>
public sealed class ChildrenDeadlineFacts(PasserelleDbContext db) : IDeadlineFactsSource
{
    public async Task<DeadlineFacts> AddToAsync(DeadlineFacts facts, Guid caseId, CancellationToken ct)
    {
        var episodes = await db.MissingEpisodes.AsNoTracking().Where(e => e.CaseId == caseId).ToListAsync(ct);
        var enquiries = await db.Enquiries.AsNoTracking().Where(e => e.LinkedCaseId == caseId).ToListAsync(ct);
        // One deadline per episode: a second disappearance reported the same day gets its own reference (#2…).
        var ordered = episodes.OrderBy(e => e.ReportedAt).ThenBy(e => e.Id).ToList();
        return facts with
        {
            MissingEpisodes = [.. facts.MissingEpisodes, .. ordered.Select((e, i) =>
            {
                var sameDay = ordered.Take(i).Count(o => o.ReportedOn == e.ReportedOn);
                var reference = sameDay == 0 ? $"missing {e.ReportedOn:yyyy-MM-dd}" : $"missing {e.ReportedOn:yyyy-MM-dd} #{sameDay + 1}";
                return new MissingEpisodeFact(reference, e.ReportedOn, e.AlertedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null);
            })],
            Enquiries = [.. facts.Enquiries, .. enquiries.OrderBy(e => e.ReceivedOn).Select(e =>
                new EnquiryFact(FocalPoint.EnquiryReference.Of(e), e.ReceivedOn, e.RequestedBy, e.AnsweredOn))],
        };
    }
}
