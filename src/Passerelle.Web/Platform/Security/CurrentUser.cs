using System.Security.Claims;
using Passerelle.Domain.Access;
using Passerelle.Domain.Agencies;

namespace Passerelle.Web.Platform.Security;

/// <summary>The signed-in user of this request, as <see cref="CurrentUserClaims"/> loaded them.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.HasClaim(c => c.Type == PasserelleClaims.Role);

    public Guid Id => Guid.Parse(Required(ClaimTypes.NameIdentifier));

    public string Email => Principal.FindFirstValue(ClaimTypes.Email) ?? Principal.FindFirstValue(ClaimTypes.Name) ?? "";

    public Role Role => Enum.Parse<Role>(Required(PasserelleClaims.Role));

    public Guid AgencyId => Guid.Parse(Required(PasserelleClaims.AgencyId));

    public AgencyType AgencyType => Enum.Parse<AgencyType>(Required(PasserelleClaims.AgencyType));

    public string Language => Principal.FindFirstValue(PasserelleClaims.Language) ?? "fr";

    public bool CanReadCases => IsSignedIn && CaseAccess.CanRead(Role);

    public bool CanWriteCases => IsSignedIn && CaseAccess.CanWrite(Role);

    public bool CanReadAudit => IsSignedIn && CaseAccess.CanReadAudit(Role);

    public bool CanAdminister => IsSignedIn && CaseAccess.CanAdminister(Role);

    private string Required(string type) =>
        Principal.FindFirstValue(type) ?? throw new InvalidOperationException($"No {type} claim: the user is not signed in.");
}
