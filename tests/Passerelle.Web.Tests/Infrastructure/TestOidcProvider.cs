using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Passerelle.Web.Tests.Infrastructure;

/// <summary>
/// A real OpenID Connect provider for the tests: OpenIddict's server (degraded mode: no database, the client and
/// its users are checked by the handlers below) on a loopback Kestrel port, issuing real signed ID tokens through
/// the authorization code flow with PKCE required. Its login page is a plain form: e-mail and password. A user
/// "with MFA" gets <c>acr=eidas2</c> and <c>amr=[pwd, otp, mfa]</c>, the others <c>acr=eidas1</c> and <c>amr=[pwd]</c>,
/// as ProConnect's levels go.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "passerelle-test";
    public const string ClientSecret = "test-only-client-secret-2026";

    private readonly ConcurrentDictionary<string, TestUser> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<string> redirectUris = [];
    private readonly string directory = Directory.CreateTempSubdirectory("passerelle-idp-").FullName;
    private WebApplication? app;

    public sealed record TestUser(string Email, string Password, bool Mfa, bool EmailVerified = true);

    public Uri Issuer { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the last authorization requests asked for, to check what the client sends.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string?>> AuthorizationRequests { get; } = new();

    public void AddUser(string email, string password, bool mfa, bool emailVerified = true) =>
        users[email] = new TestUser(email, password, mfa, emailVerified);

    /// <summary>The client's registered redirect URIs (exact match, as a real provider does).</summary>
    public void AllowRedirectUri(string uri) => redirectUris.Add(uri);

    public static async Task<TestOidcProvider> StartAsync()
    {
        var provider = new TestOidcProvider();
        await provider.StartCoreAsync();
        return provider;
    }

    private async Task StartCoreAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = directory, EnvironmentName = "Development" });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddRouting();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .DisableTransportSecurityRequirement();

            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "unknown client");
                }
                else if (context.RedirectUri is null || !redirectUris.Contains(context.RedirectUri))
                {
                    context.Reject(Errors.InvalidRequest, "redirect_uri not registered: " + context.RedirectUri);
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "bad client credentials");
                }

                return default;
            }));
        });

        app = builder.Build();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync);
        app.MapPost("/connect/token", async (HttpContext http) =>
        {
            var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return code.Principal is null
                ? Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme])
                : Results.SignIn(code.Principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Issuer = new Uri(address.TrimEnd('/') + "/");
    }

    private async Task<IResult> AuthorizeAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        var parameters = request.GetParameters().ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        var email = parameters.GetValueOrDefault("username");
        var password = parameters.GetValueOrDefault("password");
        if (email is null)
        {
            AuthorizationRequests.Enqueue(parameters);
            return LoginForm(parameters, error: false);
        }

        if (!users.TryGetValue(email, out var user) || user.Password != password)
        {
            return LoginForm(parameters, error: true);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, "sub-" + Convert.ToHexString(Encoding.UTF8.GetBytes(user.Email.ToLowerInvariant())));
        identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaim(Claims.EmailVerified, user.EmailVerified);
        identity.SetClaim(Claims.GivenName, "Agent");
        identity.SetClaim("usual_name", "Fictif");
        identity.SetClaim("siret", "00000000000000");
        identity.SetClaim(Claims.AuthenticationContextReference, user.Mfa ? "eidas2" : "eidas1");
        identity.SetClaims(Claims.AuthenticationMethodReference, user.Mfa ? ["pwd", "otp", "mfa"] : ["pwd"]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The provider's own login page: the request's parameters ride along in hidden fields.</summary>
    private static IResult LoginForm(IReadOnlyDictionary<string, string?> parameters, bool error)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test identity provider</title></head><body><main>");
        html.Append("<h1>Test identity provider</h1>");
        if (error)
        {
            html.Append("<p id=\"idp-error\">Wrong e-mail or password.</p>");
        }

        html.Append("<form method=\"post\" action=\"/connect/authorize\">");
        foreach (var (name, value) in parameters.Where(p => p.Key is not ("username" or "password")))
        {
            html.Append("<input type=\"hidden\" name=\"").Append(WebUtility.HtmlEncode(name))
                .Append("\" value=\"").Append(WebUtility.HtmlEncode(value)).Append("\">");
        }

        html.Append("<label for=\"idp-username\">E-mail</label><input id=\"idp-username\" name=\"username\" type=\"email\">");
        html.Append("<label for=\"idp-password\">Password</label><input id=\"idp-password\" name=\"password\" type=\"password\">");
        html.Append("<button id=\"idp-submit\" type=\"submit\">Sign in at the test provider</button></form></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
