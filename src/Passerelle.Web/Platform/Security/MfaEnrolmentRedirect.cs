namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Outside demo mode every account needs MFA: a signed-in user who has not enrolled yet is sent to the
/// enrolment page from every page but the account ones (the authorization policies refuse them anyway).
/// </summary>
public sealed class MfaEnrolmentRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(c => c.Type == PasserelleClaims.Role)
            && !context.User.HasClaim(c => c.Type == PasserelleClaims.MfaSatisfied)
            && !path.StartsWithSegments("/Account")
            && !path.StartsWithSegments("/api")
            && !path.StartsWithSegments("/lib")
            && !path.StartsWithSegments("/health"))
        {
            context.Response.Redirect("/Account/Manage/TwoFactor");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
