using Passerelle.Domain.Access;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

public static class CaseScoping
{
    /// <summary>The cases this user may see at all. Anything outside answers 404, as if it did not exist.</summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, CurrentUser user) =>
        CaseAccess.ScopeOf(user.Role) switch
        {
            CaseScope.OwnAgency => cases.Where(c => c.AgencyId == user.AgencyId),
            CaseScope.AllPseudonymised => cases,
            CaseScope.None => cases.Where(c => false),
        };
}
