using Microsoft.Extensions.Localization;

namespace Passerelle.Web.Platform.Localization;

/// <summary>Validation messages in the user's language for an API answer, as the pages show them through <c>T[message]</c>.</summary>
public static class LocalizedErrors
{
    /// <summary>Each English message translated by <c>Text.fr.resx</c> (a message without a translation stays in English).</summary>
    public static Dictionary<string, string[]> In(this IReadOnlyDictionary<string, string[]> errors, IStringLocalizer<Text> text) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(m => text[m].Value).ToArray());
}
