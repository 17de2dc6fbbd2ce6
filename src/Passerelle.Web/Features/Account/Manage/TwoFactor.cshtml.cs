using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Demo;
using Passerelle.Web.Platform.Security;
using QRCoder;

namespace Passerelle.Web.Features.Account.Manage;

/// <summary>
/// Enrolment of an authenticator app (TOTP, RFC 6238) with a QR code, and recovery codes. Outside demo mode
/// MFA is mandatory, so it can be reset (new key, new codes) but never switched off.
/// </summary>
public sealed class TwoFactorModel(
    UserManager<User> users, SignInManager<User> signIn, IUserStore<User> store, IClaimsTransformation claims, AuditTrail audit, DemoMode demo, TimeProvider clock)
    : PageModel
{
    public bool Enabled { get; private set; }
    public bool CanDisable => demo.Enabled;
    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public int RecoveryCodesLeft { get; private set; }
    public string? Error { get; private set; }

    [BindProperty]
    public string? Code { get; set; } = "";

    private IUserAuthenticatorKeyStore<User> KeyStore => (IUserAuthenticatorKeyStore<User>)store;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // The key shown on the page is only a candidate: it replaces nothing until a code from it is confirmed here.
        var pending = await users.GetAuthenticationTokenAsync(user, ProtectedUserStore.PasserelleProvider, ProtectedUserStore.PendingAuthenticatorKey);
        if (pending is null || TotpCode.Match(pending, Code, clock.GetUtcNow()) is not { } step
            || !await SingleUseAuthenticatorTokenProvider.ConsumeAsync(users, user, step))
        {
            Error = "The code is not valid. Check the time on your phone and try the next code.";
            await LoadAsync(user);
            return Page();
        }

        await KeyStore.SetAuthenticatorKeyAsync(user, pending, HttpContext.RequestAborted);
        await users.RemoveAuthenticationTokenAsync(user, ProtectedUserStore.PasserelleProvider, ProtectedUserStore.PendingAuthenticatorKey);
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        // A new key ends every other session and token of the account; refresh the cookie so this one stays valid.
        await users.UpdateSecurityStampAsync(user);
        await RefreshSignInAsync(user);
        audit.RecordFor(AuditEventType.TwoFactorEnabled, user.Id, user.Email, user.AgencyId);
        audit.RecordFor(AuditEventType.RecoveryCodesGenerated, user.Id, user.Email, user.AgencyId);
        await audit.CommitAsync();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        audit.RecordFor(AuditEventType.RecoveryCodesGenerated, user.Id, user.Email, user.AgencyId);
        await audit.CommitAsync();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !demo.Enabled)
        {
            return RedirectToPage();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        audit.RecordFor(AuditEventType.TwoFactorDisabled, user.Id, user.Email, user.AgencyId);
        await audit.CommitAsync();
        return RedirectToPage();
    }

    /// <summary>
    /// Renews the cookie after a security stamp change. The sign-in replaces this request's principal with one
    /// the claims transformation has not seen, so it runs again: the rest of the page (menu, sign-out) still
    /// knows who is signed in.
    /// </summary>
    private async Task RefreshSignInAsync(User user)
    {
        await signIn.RefreshSignInAsync(user);
        HttpContext.User = await claims.TransformAsync(HttpContext.User);
    }

    private async Task LoadAsync(User user)
    {
        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled)
        {
            return;
        }

        // Showing the page writes nothing that matters: a candidate key, kept (encrypted) until confirmed.
        var key = await users.GetAuthenticationTokenAsync(user, ProtectedUserStore.PasserelleProvider, ProtectedUserStore.PendingAuthenticatorKey);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, ProtectedUserStore.PasserelleProvider, ProtectedUserStore.PendingAuthenticatorKey, key);
        }

        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLower(CultureInfo.InvariantCulture);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Passerelle:" + user.Email)}?secret={key}&issuer=Passerelle&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
