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
        services.AddSingleton(new PasskeySettings(configuration.GetValue("Security:Passkeys:Enabled", true)));
        var serverDomain = configuration["Security:Passkeys:ServerDomain"];
        var origins = configuration.GetSection("Security:Passkeys:AllowedOrigins").Get<string[]>() ?? [];
        services.Configure<IdentityPasskeyOptions>(options =>
        {
            // The relying party id: the host name users see. Unset, it is the host of the request.
            options.ServerDomain = string.IsNullOrWhiteSpace(serverDomain) ? null : serverDomain;
            options.UserVerificationRequirement = "required";
            options.ResidentKeyRequirement = "required";
            options.ValidateOrigin = context => ValueTask.FromResult(IsAllowedOrigin(context.Origin, context.CrossOrigin, context.HttpContext.Request, origins));
        });
    }

    /// <summary>
    /// The origin the browser signed (in the authenticator's client data) must be this server's own address, or one
    /// the operator lists in <c>Security:Passkeys:AllowedOrigins</c> (behind a reverse proxy whose address differs).
    /// Identity's default compares it with the request's <c>Origin</c> header instead, which browsers send as
    /// <c>null</c> on a form post under our <c>Referrer-Policy: no-referrer</c>: every registration was refused.
    /// </summary>
    public static bool IsAllowedOrigin(string? origin, bool crossOrigin, HttpRequest request, IReadOnlyCollection<string> allowed)
    {
        if (crossOrigin || string.IsNullOrEmpty(origin) || !Uri.TryCreate(origin, UriKind.Absolute, out var signed))
        {
            return false;
        }

        if (allowed.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var listed) && listed.Equals(signed)))
        {
            return true;
        }

        return Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var own) && own.Equals(signed);
    }
}

/// <summary>Whether passkeys are offered (<c>Security:Passkeys:Enabled</c>, on by default): when an operator turns them off, the pages answer 404 and no button shows.</summary>
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
