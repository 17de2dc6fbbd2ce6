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
        // A null where the contract has no null ("aggravating": null) is a bad request, never a null reference
        // further in. Only reading is strict: answers are written as they are.
        options.RespectNullableAnnotations = true;
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                type =>
                {
                    foreach (var property in type.Properties.Where(p => !p.PropertyType.IsValueType || Nullable.GetUnderlyingType(p.PropertyType) is not null))
                    {
                        property.IsGetNullable = true;
                    }
                },
            },
        };
    }
}
