using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Access;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Timeline;

/// <summary>Who did something on a case: a name only for those who read the case's identity, else a role and an agency.</summary>
/// <param name="Name">The person's display name; null in a pseudonymised view.</param>
/// <param name="Role">The role, in the user's language.</param>
/// <param name="Agency">The agency they acted for.</param>
public sealed record ActorView(string? Name, string Role, string Agency);

/// <summary>
/// Resolves the authors of a case's events for one reader. A reader who may not read the case's identity (the
/// coordinator, a lead agency — <see cref="Cases.CaseOperations.ReadIdentity"/>) sees each actor pseudonymised:
/// role and agency, never the name, as the rest of their view of the case.
/// </summary>
public sealed class CaseActors(PasserelleDbContext db, IStringLocalizer<Text> text)
{
    private sealed record Known(string Name, Role Role, Guid AgencyId);

    /// <summary>The actors of <paramref name="userIds"/>, each seen acting for the agency given with it (null: their current one).</summary>
    public async Task<Func<Guid?, Guid?, ActorView>> ResolveAsync(IEnumerable<Guid?> userIds, IEnumerable<Guid?> agencyIds, bool showNames, CancellationToken ct)
    {
        var ids = userIds.OfType<Guid>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Role, u.AgencyId }).ToDictionaryAsync(u => u.Id, u => new Known(u.DisplayName, u.Role, u.AgencyId), ct);
        var agencyList = agencyIds.OfType<Guid>().Concat(users.Values.Select(u => u.AgencyId)).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyList.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var system = new Domain.Texts.LocalizedText("Passerelle (automatique)", "Passerelle (automatic)").In(LocalizationSetup.CurrentLanguage);
        return (userId, agencyId) =>
        {
            if (userId is not { } id || !users.TryGetValue(id, out var known))
            {
                return new ActorView(null, system, agencyId is { } a ? agencies.GetValueOrDefault(a, "") : "");
            }

            var agency = agencies.GetValueOrDefault(agencyId ?? known.AgencyId, "");
            return new ActorView(showNames ? known.Name : null, text[Labels.Of(known.Role)].Value, agency);
        };
    }
}
