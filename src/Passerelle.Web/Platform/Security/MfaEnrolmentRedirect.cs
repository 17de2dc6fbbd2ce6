namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Outside demo mode every account needs MFA: a signed-in user who has not enrolled yet is sent to the
/// enrolment page from every page but the account ones (the authorization policies refuse them anyway); then, while
/// the account still has a temporary password, to the password page.
/// </summary>
public sealed class MfaEnrolmentRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var mfaMissing = !context.User.HasClaim(c => c.Type == PasserelleClaims.MfaSatisfied);
        if (context.User.HasClaim(c => c.Type == PasserelleClaims.Role)
            && (mfaMissing || context.User.HasClaim(c => c.Type == PasserelleClaims.PasswordChangeRequired))
            && !path.StartsWithSegments("/Account")
            && !path.StartsWithSegments("/api")
            && !path.StartsWithSegments("/lib")
            && !path.StartsWithSegments("/health"))
        {
            context.Response.Redirect(mfaMissing ? "/Account/Manage/TwoFactor" : "/Account/Manage/Password");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
