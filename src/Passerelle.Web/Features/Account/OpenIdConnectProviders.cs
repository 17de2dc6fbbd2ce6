using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Passerelle.Web.Features.Account;

/// <summary>
/// One OpenID Connect identity provider, configured under <c>Authentication:OpenIdConnect:Providers:{Name}</c>
/// (ProConnect, or an NGO's or a département's own provider). The provider only proves who signs in: the e-mail it
/// returns must belong to an existing, active Passerelle account, whose role and agency stay Passerelle's.
/// </summary>
public sealed class OpenIdConnectProvider
{
    /// <summary>The key of the configuration section: letters, digits and hyphens (it appears in URLs).</summary>
    public string Name { get; set; } = "";

    /// <summary>The button text, e.g. "ProConnect".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The issuer; its discovery document is read from <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>Pass it as an environment variable (<c>Authentication__OpenIdConnect__Providers__proconnect__ClientSecret</c>).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for; ProConnect: <c>openid email given_name usual_name siret</c>.</summary>
    public string Scopes { get; set; } = "openid email profile";

    /// <summary>The claim holding the e-mail that maps the person to a local account.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>PKCE (RFC 7636, S256) on the authorization code; on by default.</summary>
    public bool UsePkce { get; set; } = true;

    /// <summary>Read the claims from the userinfo endpoint too (ProConnect returns e-mail and names there, as a signed JWT).</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; }

    /// <summary>Off only for a provider on a loopback address in tests; metadata must otherwise come over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Refuse a sign-in unless the provider says it used several factors: an <c>acr</c> among <see cref="AcrValues"/>,
    /// or an <c>amr</c> among <see cref="MfaAmrValues"/>. Such a sign-in then counts as Passerelle's MFA.
    /// </summary>
    public bool RequireMfa { get; set; }

    /// <summary>Authentication context classes that prove MFA (sent in the request, checked in the ID token), e.g. <c>eidas2</c>.</summary>
    public string[] AcrValues { get; set; } = [];

    /// <summary>Authentication methods that prove MFA when present in the ID token's <c>amr</c>.</summary>
    public string[] MfaAmrValues { get; set; } = ["mfa"];

    /// <summary>
    /// How the required <c>acr</c> is asked for: <c>acr_values</c> (OpenID Connect Core §3.1.2.1, the default) or
    /// <c>claims</c> (an essential <c>acr</c> claim request, §5.5.1, as ProConnect documents, which also asks for <c>amr</c>).
    /// </summary>
    public string AcrRequest { get; set; } = "acr_values";

    public string Scheme => SchemeOf(Name);

    public static string SchemeOf(string name) => "oidc-" + name;

    public string CallbackPath => "/signin-oidc-" + Name;

    /// <summary>Whether the ID token proves several factors, by its <c>acr</c> or <c>amr</c>.</summary>
    public bool ProvesMfa(ClaimsPrincipal principal)
    {
        var acr = principal.FindFirst("acr")?.Value;
        if (acr is not null && AcrValues.Contains(acr, StringComparer.Ordinal))
        {
            return true;
        }

        return principal.FindAll("amr").Any(amr => MfaAmrValues.Contains(amr.Value, StringComparer.Ordinal));
    }
}

/// <summary>The configured providers, in configuration order.</summary>
public sealed class OpenIdConnectProviders(IReadOnlyList<OpenIdConnectProvider> providers)
{
    /// <summary>Marks the external principal whose ID token proved MFA (see <see cref="OpenIdConnectProvider.ProvesMfa"/>).</summary>
    public const string MfaProvedClaim = "passerelle:idp-mfa";

    public IReadOnlyList<OpenIdConnectProvider> All => providers;

    public OpenIdConnectProvider? Find(string? name) =>
        providers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public static OpenIdConnectProviders Read(IConfiguration configuration)
    {
        var list = new List<OpenIdConnectProvider>();
        foreach (var section in configuration.GetSection("Authentication:OpenIdConnect:Providers").GetChildren())
        {
            var provider = new OpenIdConnectProvider();
            section.Bind(provider);
            provider.Name = section.Key;
            if (!System.Text.RegularExpressions.Regex.IsMatch(provider.Name, "^[A-Za-z0-9-]{1,40}$"))
            {
                throw new InvalidOperationException($"OpenID Connect provider '{provider.Name}': the name may hold letters, digits and hyphens only.");
            }

            if (string.IsNullOrWhiteSpace(provider.Authority) || string.IsNullOrWhiteSpace(provider.ClientId))
            {
                throw new InvalidOperationException($"OpenID Connect provider '{provider.Name}' needs an Authority and a ClientId.");
            }

            if (provider.RequireMfa && provider.AcrValues.Length == 0 && provider.MfaAmrValues.Length == 0)
            {
                throw new InvalidOperationException($"OpenID Connect provider '{provider.Name}' requires MFA but names no AcrValues nor MfaAmrValues that prove it.");
            }

            if (provider.AcrRequest is not ("acr_values" or "claims"))
            {
                throw new InvalidOperationException($"OpenID Connect provider '{provider.Name}': AcrRequest is 'acr_values' or 'claims'.");
            }

            if (string.IsNullOrWhiteSpace(provider.DisplayName))
            {
                provider.DisplayName = provider.Name;
            }

            list.Add(provider);
        }

        return new OpenIdConnectProviders(list);
    }

    /// <summary>One authentication scheme per provider, signing in to Identity's short-lived external cookie.</summary>
    public void Register(Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication)
    {
        foreach (var provider in providers)
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.DisplayName, options => Configure(options, provider));
        }
    }

    private static void Configure(OpenIdConnectOptions options, OpenIdConnectProvider provider)
    {
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.Authority = provider.Authority;
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        options.ResponseType = OpenIdConnectResponseType.Code;
        // The code comes back in the query of a top-level GET: the correlation and nonce cookies can then stay
        // SameSite=Lax (a form_post from another site would need SameSite=None).
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = provider.UsePkce;
        options.CallbackPath = provider.CallbackPath;
        options.SignedOutCallbackPath = "/signout-callback-oidc-" + provider.Name;
        options.RemoteSignOutPath = "/signout-oidc-" + provider.Name;
        options.GetClaimsFromUserInfoEndpoint = provider.GetClaimsFromUserInfoEndpoint;
        options.SaveTokens = false;
        // Keep the protocol's claim names (email, acr, amr): nothing is renamed behind our back.
        options.MapInboundClaims = false;
        options.Scope.Clear();
        foreach (var scope in provider.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            options.Scope.Add(scope);
        }

        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.HttpOnly = true;
        }

        options.Events.OnRedirectToIdentityProvider = context =>
        {
            if (provider.RequireMfa && provider.AcrValues.Length > 0)
            {
                if (provider.AcrRequest == "claims")
                {
                    context.ProtocolMessage.SetParameter("claims", ClaimsRequest(provider.AcrValues));
                }
                else
                {
                    context.ProtocolMessage.AcrValues = string.Join(' ', provider.AcrValues);
                }
            }

            return Task.CompletedTask;
        };
        options.Events.OnTokenValidated = context =>
        {
            // Decided on the signed ID token, never on the userinfo answer.
            if (context.Principal is { } principal && provider.ProvesMfa(principal))
            {
                ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(MfaProvedClaim, "true"));
            }

            return Task.CompletedTask;
        };
        options.Events.OnRemoteFailure = context =>
        {
            // Refused or failed at the provider (or a stale, replayed callback): back to the login page with a message.
            context.Response.Redirect("/Account/ExternalLogin?handler=Failed&provider=" + Uri.EscapeDataString(provider.Name));
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    /// <summary>An essential <c>acr</c> among the given values, and the <c>amr</c>, in the ID token (OpenID Connect Core §5.5).</summary>
    internal static string ClaimsRequest(IEnumerable<string> acrValues)
    {
        var request = new JsonObject
        {
            ["id_token"] = new JsonObject
            {
                ["acr"] = new JsonObject { ["essential"] = true, ["values"] = new JsonArray(acrValues.Select(v => (JsonNode)v!).ToArray()) },
                ["amr"] = new JsonObject { ["essential"] = true },
            },
        };
        return request.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
