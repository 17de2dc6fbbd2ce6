using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Platform.Outcomes;

/// <summary>
/// The one mapping of a <see cref="WriteError"/> to a page: its field messages go to <c>ModelState</c> under the
/// same camelCase keys as the API's <c>errors</c>, a failure without fields under the empty key (the form). Views
/// read them back with <see cref="FieldErrors"/> and translate the messages (English resource keys).
/// </summary>
public static class PageAnswers
{
    public static void AddWriteError(this ModelStateDictionary modelState, WriteError error)
    {
        foreach (var (field, messages) in error.Messages())
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }

    /// <summary>
    /// A page's answer to a refused write: 404 and 403 as such; anything else goes to <c>ModelState</c> and the
    /// answer is null — the page shows the form again with the errors.
    /// </summary>
    public static IActionResult? Refused(this PageModel page, WriteError error)
    {
        switch (error.Kind)
        {
            case WriteFailure.NotFound:
                return page.NotFound();
            case WriteFailure.Forbidden:
                return page.Forbid();
            default:
                page.ModelState.AddWriteError(error);
                return null;
        }
    }

    /// <summary>The message of a refusal that concerns no field (a stale version, a state that refuses the change), or null.</summary>
    public static string? FormError(this ModelStateDictionary modelState) =>
        modelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    /// <summary>
    /// The messages by key of every entry in error, the form's own under "". Keys compare as <c>ModelState</c>'s do,
    /// ignoring case: a field error "receivedOn" joins the entry the form bound as "ReceivedOn".
    /// </summary>
    public static Dictionary<string, string[]> FieldErrors(this ModelStateDictionary modelState, bool withForm = true) =>
        modelState.Where(e => e.Value is { Errors.Count: > 0 } && (withForm || e.Key.Length > 0))
            .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray(), StringComparer.OrdinalIgnoreCase);
}
