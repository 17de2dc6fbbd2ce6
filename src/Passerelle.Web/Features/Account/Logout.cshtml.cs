using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class LogoutModel(SignInManager<User> signIn, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Home/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        audit.Record(AuditEventType.SignedOut);
        await audit.CommitAsync();
        await signIn.SignOutAsync();
        return RedirectToPage("Login");
    }
}
