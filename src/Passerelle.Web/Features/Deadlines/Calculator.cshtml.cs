using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// The deadline calculator for practitioners: a rule, the date of the event that starts it and a département give
/// the due date, through the same <see cref="DeadlineCalculation"/> as <c>GET /api/v1/deadlines/calculate</c>.
/// A GET form: it changes nothing, and the answer's address can be shared.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CalculatorModel : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? Departement { get; set; }

    /// <summary>CIVI only: the final decision of a prosecution (CPP art. 706-5).</summary>
    [BindProperty(SupportsGet = true)] public string? FinalDecisionOn { get; set; }

    /// <summary>CIVI only: the victim's date of birth, for a victim who was a minor (CPP art. 706-5).</summary>
    [BindProperty(SupportsGet = true)] public string? VictimBirthDate { get; set; }

    /// <summary>Null until the form is sent.</summary>
    public DeadlineCalculationResult? Result { get; private set; }

    public Dictionary<string, string[]> Errors => Result?.Errors ?? [];

    public void OnGet()
    {
        // A sent form carries its three fields, even empty (which bind as null).
        if (Request.Query.ContainsKey(nameof(Rule)) || Request.Query.ContainsKey(nameof(From)) || Request.Query.ContainsKey(nameof(Departement)))
        {
            Result = DeadlineCalculation.Calculate(Rule, From, Departement, FinalDecisionOn, VictimBirthDate);
        }
    }
}
