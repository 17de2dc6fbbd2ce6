using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Identification;

/// <summary>A request before a panel that still awaits one member's own view: stage and dates only, nothing that identifies the case.</summary>
public sealed record AwaitingView(IdentificationStage Stage, DateOnly RequestedOn, DateOnly? DueOn, DateOnly? NotBefore);

/// <summary>For the daily digest: which undecided requests await each panel member's view.</summary>
public sealed class AwaitingViews(PasserelleDbContext db)
{
    public async Task<ILookup<Guid, AwaitingView>> ByMemberAsync(CancellationToken ct)
    {
        var open = await db.IdentificationSteps.AsNoTracking().Where(s => s.Outcome == null).ToListAsync(ct);
        var stepIds = open.Select(s => s.Id).ToList();
        var given = (await db.PanelOpinions.AsNoTracking().Where(o => stepIds.Contains(o.StepId)).Select(o => new { o.StepId, o.UserId }).ToListAsync(ct))
            .Select(o => (o.StepId, o.UserId)).ToHashSet();
        return open
            .SelectMany(s => s.PanelMemberIds.Where(member => !given.Contains((s.Id, member)))
                .Select(member => (member, view: new AwaitingView(s.Stage, s.RequestedOn, s.DueOn, s.NotBefore))))
            .OrderBy(x => x.view.DueOn ?? x.view.NotBefore ?? DateOnly.MaxValue)
            .ToLookup(x => x.member, x => x.view);
    }
}
