namespace Passerelle.Web.Platform.Security;

/// <summary>Claims added on every request from the database (see <see cref="CurrentUserClaims"/>), never trusted from a token.</summary>
public static class PasserelleClaims
{
    public const string Role = "passerelle:role";
    public const string AgencyId = "passerelle:agency";
    public const string AgencyType = "passerelle:agency-type";
    public const string Language = "passerelle:lang";

    /// <summary>Present when the user may use the application: MFA enrolled, or demo mode.</summary>
    public const string MfaSatisfied = "passerelle:mfa-ok";

    /// <summary>Present while the account still has a temporary password: only the account pages and endpoints answer.</summary>
    public const string PasswordChangeRequired = "passerelle:password-change";

    /// <summary>
    /// In the session cookie itself (not added per request): this sign-in used several factors outside Passerelle's
    /// TOTP — a passkey with user verification, or an identity provider whose ID token proved MFA. Its value says how.
    /// </summary>
    public const string SessionMfa = "passerelle:session-mfa";

    /// <summary>On an anonymous principal: a session or token was presented but is no longer valid.</summary>
    public const string Revoked = "passerelle:revoked";
}
