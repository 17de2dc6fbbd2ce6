using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Referrals;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

/// <summary>
/// A case as authorization sees it: who holds and leads it, and whether the user sits on its pending panel or acts
/// for a provider of one of its active referrals. Built by <see cref="CaseGuard"/>.
/// </summary>
public sealed record CaseResource(Guid CaseId, Guid HoldingAgencyId, Guid? LeadAgencyId, bool OnPendingPanel, bool ActiveProvider);

/// <summary>A requirement on a case: an operation, or reading or writing identifying fields.</summary>
public sealed class CaseRequirement : OperationAuthorizationRequirement
{
    public CaseOperation? Operation { get; init; }
    public IdentifyingField Reads { get; init; }
    public IdentifyingField Writes { get; init; }

    public bool IsMet(CasePermissions permissions) =>
        (Operation is not { } operation || permissions.Allows(operation))
        && (Reads == IdentifyingField.None || permissions.Reads(Reads))
        && (Writes == IdentifyingField.None || permissions.Writes(Writes));
}

/// <summary>The case operations services and views ask <see cref="IAuthorizationService"/> about.</summary>
public static class CaseOperations
{
    public static readonly CaseRequirement Read = new() { Name = nameof(Read), Operation = CaseOperation.Read };
    public static readonly CaseRequirement ReadFile = new() { Name = nameof(ReadFile), Operation = CaseOperation.ReadFile };
    public static readonly CaseRequirement Update = new() { Name = nameof(Update), Operation = CaseOperation.Update };
    public static readonly CaseRequirement ReadReferredPerson = new() { Name = nameof(ReadReferredPerson), Operation = CaseOperation.ReadReferredPerson };
    public static readonly CaseRequirement ReadIdentity = new() { Name = nameof(ReadIdentity), Reads = IdentifyingField.All };
    public static readonly CaseRequirement UpdateIdentity = new() { Name = nameof(UpdateIdentity), Operation = CaseOperation.Update, Writes = IdentifyingField.All };
    public static readonly CaseRequirement ReadLanguages = new() { Name = nameof(ReadLanguages), Reads = IdentifyingField.Languages };

    /// <summary>Reading the text of the case's notes: they may identify the person, like the old free-text notes field.</summary>
    public static readonly CaseRequirement ReadNotes = new() { Name = nameof(ReadNotes), Reads = IdentifyingField.Notes };

    /// <summary>Adding or correcting a note: changing the case and writing its notes field.</summary>
    public static readonly CaseRequirement WriteNotes = new() { Name = nameof(WriteNotes), Operation = CaseOperation.Update, Writes = IdentifyingField.Notes };
}

/// <summary>Decides every <see cref="CaseRequirement"/> with <see cref="CaseAccess"/>, from the user's claims and the case.</summary>
public sealed class CaseAuthorizationHandler : AuthorizationHandler<CaseRequirement, CaseResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CaseRequirement requirement, CaseResource resource)
    {
        if (PermissionsOf(context.User, resource) is { } permissions && requirement.IsMet(permissions))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    public static CasePermissions? PermissionsOf(ClaimsPrincipal user, CaseResource resource)
    {
        if (!Enum.TryParse<Role>(user.FindFirstValue(PasserelleClaims.Role), out var role)
            || !Guid.TryParse(user.FindFirstValue(PasserelleClaims.AgencyId), out var agencyId)
            || user.FindFirstValue(PasserelleClaims.MfaSatisfied) is null)
        {
            return null;
        }

        var relation = CaseAccess.RelationOf(role, agencyId, resource.HoldingAgencyId, resource.LeadAgencyId, resource.OnPendingPanel, resource.ActiveProvider);
        return CaseAccess.Decide(role, relation);
    }
}

/// <summary>
/// What the signed-in user may do with one case: builds the <see cref="CaseResource"/> (one statement for the lead
/// agency, the panel and the referrals, which also reads the holding agency for the case's view) and asks
/// <see cref="IAuthorizationService"/>. Scoped: a case is resolved once per request.
/// </summary>
public sealed class CaseGuard(PasserelleDbContext db, CurrentUser user, IAuthorizationService authorization, IHttpContextAccessor http)
{
    private readonly Dictionary<Guid, CaseResource> resources = [];
    private readonly Dictionary<Guid, Agencies.Agency> agencies = [];

    public async Task<CaseResource> ResourceAsync(Case found, CancellationToken ct)
    {
        if (resources.TryGetValue(found.Id, out var known))
        {
            return known;
        }

        var caseId = found.Id;
        var userId = user.Id;
        var agencyId = user.AgencyId;
        // One statement instead of four (docs/ARCHITECTURE.md "Cost of a request"): rooted on the holding agency,
        // which always exists (foreign key), with the lead agency, the pending panel and the active referrals as
        // sub-queries.
        var row = await db.Agencies.AsNoTracking()
            .Where(a => a.Id == found.AgencyId)
            .Select(a => new
            {
                Agency = a,
                LeadAgencyId = db.Set<Children.ChildProtectionRecord>().Where(p => p.CaseId == caseId).Select(p => p.LeadAgencyId).FirstOrDefault(),
                OnPanel = db.IdentificationSteps.Any(s => s.CaseId == caseId && s.Outcome == null && s.PanelMemberIds.Contains(userId)),
                ActiveProvider = db.Referrals
                    .Where(r => r.CaseId == caseId && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted))
                    .Join(db.Providers, r => r.ProviderId, p => p.Id, (r, p) => p.AgencyId)
                    .Any(a => a == agencyId),
            })
            .FirstAsync(ct);
        agencies[row.Agency.Id] = row.Agency;
        var resource = new CaseResource(found.Id, found.AgencyId, found.ChildProtection?.LeadAgencyId ?? row.LeadAgencyId, row.OnPanel, row.ActiveProvider);
        resources[found.Id] = resource;
        return resource;
    }

    /// <summary>The holding agency of a case whose resource this request built (read by the same statement), or null.</summary>
    public Agencies.Agency? HoldingAgencyOf(Case found) => agencies.GetValueOrDefault(found.AgencyId);

    public async Task<bool> MayAsync(Case found, CaseRequirement requirement, CancellationToken ct) =>
        (await authorization.AuthorizeAsync(http.HttpContext?.User ?? new ClaimsPrincipal(), await ResourceAsync(found, ct), requirement)).Succeeded;

    public async Task<CasePermissions> PermissionsAsync(Case found, CancellationToken ct) =>
        CaseAuthorizationHandler.PermissionsOf(http.HttpContext?.User ?? new ClaimsPrincipal(), await ResourceAsync(found, ct)) ?? CasePermissions.Nothing;
}
