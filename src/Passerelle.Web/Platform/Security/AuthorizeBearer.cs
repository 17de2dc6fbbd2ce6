using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// The API takes bearer tokens only. Cookies never authenticate an API call, so a page can never be turned
/// into a cross-site request against the API.
/// </summary>
public sealed class AuthorizeBearer : AuthorizeAttribute
{
    public AuthorizeBearer()
        : this(Policies.Member)
    {
    }

    public AuthorizeBearer(string policy)
    {
        AuthenticationSchemes = IdentityConstants.BearerScheme;
        Policy = policy;
    }
}
