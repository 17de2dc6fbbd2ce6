using Microsoft.AspNetCore.Identity;

namespace Passerelle.Web.Features.Account;

/// <summary>
/// Passkeys (WebAuthn, with ASP.NET Core Identity's own handler): user verification is required, so a passkey is
/// something the person has (the authenticator) unlocked by something they are or know (biometrics, PIN) — a
/// sign-in with one is multi-factor by itself.
/// </summary>
public static class Passkeys
{
    public const string AuthenticationMethod = "passkey";

    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        // Off until registration has passed end to end in a real browser (it does not yet: see README, Passkeys).
        services.AddSingleton(new PasskeySettings(configuration.GetValue("Security:Passkeys:Enabled", false)));
        var serverDomain = configuration["Security:Passkeys:ServerDomain"];
        var origins = configuration.GetSection("Security:Passkeys:AllowedOrigins").Get<string[]>() ?? [];
        services.Configure<IdentityPasskeyOptions>(options =>
        {
            // The relying party id: the host name users see. Unset, it is the host of the request.
            options.ServerDomain = string.IsNullOrWhiteSpace(serverDomain) ? null : serverDomain;
            options.UserVerificationRequirement = "required";
            options.ResidentKeyRequirement = "required";
            if (origins.Length > 0)
            {
                // Behind a reverse proxy the request's own origin may differ from the one the browser saw.
                options.ValidateOrigin = context => ValueTask.FromResult(
                    !context.CrossOrigin && origins.Contains(context.Origin, StringComparer.OrdinalIgnoreCase));
            }
        });
    }
}

/// <summary>Whether passkeys are offered (<c>Security:Passkeys:Enabled</c>): the pages answer 404 and no button shows when off.</summary>
public sealed record PasskeySettings(bool Enabled);

/// <summary>On a passkey page: 404 while <see cref="PasskeySettings.Enabled"/> is off, for every handler.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PasskeysEnabledAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IPageFilter
{
    public void OnPageHandlerSelected(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (!context.HttpContext.RequestServices.GetRequiredService<PasskeySettings>().Enabled)
        {
            context.Result = new Microsoft.AspNetCore.Mvc.NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
    }
}
