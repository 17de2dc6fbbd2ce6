namespace Passerelle.Web.Platform.Security;

public static class SecurityHeaders
{
    /// <summary>
    /// No inline script or style anywhere, everything from this origin (the design system is served by the app),
    /// no framing, no referrer leaking case URLs to other sites.
    /// </summary>
    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddReferrerPolicyNoReferrer()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddFormAction().Self();
            csp.AddBaseUri().Self();
            csp.AddObjectSrc().None();
            csp.AddFrameAncestors().None();
        })
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddCamera().None();
            permissions.AddMicrophone().None();
            permissions.AddGeolocation().None();
        });
}
