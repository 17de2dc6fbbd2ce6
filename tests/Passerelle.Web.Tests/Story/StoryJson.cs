using System.Text.Json;

namespace Passerelle.Web.Tests.Story;

internal static class StoryJson
{
    /// <summary>The API leaves null members out: absent or null.</summary>
    public static bool Absent(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;
}
