using Passerelle.Domain.Texts;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// The kebab-case names the API uses for enum values (<c>sexual-exploitation</c>, <c>rg-pending</c>): the domain's
/// <see cref="KebabCase"/>, read leniently (case and surrounding spaces ignored) because people type these.
/// </summary>
public static class ApiEnum
{
    public static string Name<T>(T value) where T : struct, Enum => KebabCase.Of(value);

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Name);

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Parses an optional query value, adding an error that lists the accepted values when it is unknown.</summary>
    public static T? Parse<T>(string? text, string field, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryParse<T>(text, out var value))
        {
            return value;
        }

        errors[field] = [$"Unknown value '{text}'. Accepted: {string.Join(", ", Names<T>())}."];
        return null;
    }
}
