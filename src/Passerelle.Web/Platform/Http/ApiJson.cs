using System.Text.Json;
using System.Text.Json.Serialization;

namespace Passerelle.Web.Platform.Http;

public static class ApiJson
{
    /// <summary>
    /// camelCase members, kebab-case enum values (numbers refused), and unknown members refused rather than
    /// silently dropped: a misspelt field must come back as an error, not lose the user's data.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    }
}
