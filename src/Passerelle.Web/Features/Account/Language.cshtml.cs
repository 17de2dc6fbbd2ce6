using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Account;

/// <summary>Switches between French and English: kept on the account when signed in, in a cookie otherwise.</summary>
[AllowAnonymous]
public sealed class LanguageModel(PasserelleDbContext db, CurrentUser me, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string language, string? returnUrl)
    {
        var chosen = language == "en" ? "en" : "fr";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(LocalizationSetup.CultureOf(chosen))),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = Request.IsHttps, MaxAge = TimeSpan.FromDays(365) });

        if (me.IsSignedIn)
        {
            var user = await db.Users.FirstAsync(u => u.Id == me.Id);
            user.Language = chosen;
            audit.Record(AuditEventType.LanguageChanged, details: chosen);
            await audit.CommitAsync();
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
