using Microsoft.AspNetCore.Authorization;
using Passerelle.Domain.Access;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Authorization policies. Every policy but <see cref="SignedIn"/> also requires MFA (outside demo mode);
/// the fallback policy applies <see cref="Member"/> to every page and endpoint that names none.
/// </summary>
public static class Policies
{
    /// <summary>Signed in, possibly still without MFA or with a temporary password: enough for enrolment, password change, language and sign-out.</summary>
    public const string SignedIn = "signed-in";

    public const string Member = "member";
    public const string CasesRead = "cases.read";
    public const string CasesWrite = "cases.write";
    public const string Audit = "audit";
    public const string Administration = "administration";
    public const string Coordination = "coordination";
    public const string ProvidersManage = "providers.manage";

    /// <summary>The National Focal Point: the coordinators of the coordination agency, which hosts it.</summary>
    public const string FocalPoint = "focal-point";
    public const string Statistics = "statistics";

    public static void Configure(AuthorizationBuilder authorization)
    {
        var member = MemberPolicy();
        authorization
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireClaim(PasserelleClaims.Role))
            .AddPolicy(Member, member)
            .AddPolicy(CasesRead, Role(CaseAccess.CanRead))
            .AddPolicy(CasesWrite, Role(CaseAccess.CanWrite))
            .AddPolicy(Audit, Role(CaseAccess.CanReadAudit))
            .AddPolicy(Administration, Role(CaseAccess.CanAdminister))
            .AddPolicy(Coordination, Role(role => role == Domain.Access.Role.Coordinator))
            .AddPolicy(ProvidersManage, Role(role => role is Domain.Access.Role.Coordinator or Domain.Access.Role.Administrator))
            .AddPolicy(FocalPoint, Role(role => role == Domain.Access.Role.Coordinator))
            .AddPolicy(Statistics, Role(role => role is Domain.Access.Role.Statistician or Domain.Access.Role.Coordinator))
            .SetFallbackPolicy(member);
    }

    private static AuthorizationPolicy MemberPolicy() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(PasserelleClaims.Role)
        .RequireClaim(PasserelleClaims.MfaSatisfied)
        .RequireAssertion(context => !context.User.HasClaim(c => c.Type == PasserelleClaims.PasswordChangeRequired))
        .Build();

    private static Action<AuthorizationPolicyBuilder> Role(Func<Role, bool> allowed) => policy => policy
        .Combine(MemberPolicy())
        .RequireAssertion(context =>
            context.User.FindFirst(PasserelleClaims.Role)?.Value is { } role
            && Enum.TryParse<Role>(role, out var parsed)
            && allowed(parsed));
}
