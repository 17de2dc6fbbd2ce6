using Passerelle.Web.Features.Agencies;

namespace Passerelle.Web.Features.Users;

/// <summary>What the account form partial needs.</summary>
public sealed record UserFormModel(
    string? Email, string? DisplayName, Guid? AgencyId, string? Role, bool Self,
    IReadOnlyList<AgencyView> Agencies, Dictionary<string, string[]> Errors);
