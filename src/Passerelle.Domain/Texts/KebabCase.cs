using System.Text.Json;

namespace Passerelle.Domain.Texts;

/// <summary>
/// The kebab-case wire name of an enum value (<c>DeceptiveRecruitment</c> → <c>deceptive-recruitment</c>), the same
/// form the web layer's JSON serializer writes, so data files and API payloads agree.
/// </summary>
public static class KebabCase
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The wire names of all values, for error messages: <c>strong, medium or weak</c>.</summary>
    public static string Choices<TEnum>()
        where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>().Select(v => Of(v)).ToArray();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }
}
