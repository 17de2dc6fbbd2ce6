using System.Text.Json;
using System.Text.RegularExpressions;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

/// <summary>
/// Reads a catalogue from JSON and checks everything the screening engine relies on, collecting every problem
/// rather than stopping at the first, so a coordinator can fix a draft in one pass.
/// </summary>
internal static partial class CatalogueJsonReader
{
    public const int MaxVersionLength = 64;
    public const int MaxTextLength = 300;
    public const int MaxSourceLength = 1000;
    public const int MaxIndicators = 500;

    private static readonly string[] RootProperties = ["version", "source", "provisional", "notes", "indicators"];
    private static readonly string[] IndicatorProperties = ["code", "dimension", "text", "ratings", "provisional", "note"];
    private static readonly string[] TextProperties = ["fr", "en"];

    public static CatalogueParseResult Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Refused($"$: the catalogue is not valid JSON ({e.Message})");
        }

        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Refused("$: the catalogue must be a JSON object.");
            }

            RefuseUnknownProperties(root, "$", RootProperties, errors);
            var version = RequiredString(root, "version", "$", MaxVersionLength, errors);
            if (version is not null && !VersionPattern().IsMatch(version))
            {
                errors.Add("$.version: use lower-case letters, digits, dots and hyphens, such as ilo-ec-2009.v2.");
            }

            var source = RequiredString(root, "source", "$", MaxSourceLength, errors);
            var provisional = RequiredBoolean(root, "provisional", "$", errors);
            var notes = ReadNotes(root, errors);
            var indicators = ReadIndicators(root, errors);
            if (indicators is not null)
            {
                CheckCoverage(indicators, errors);
            }

            if (errors.Count > 0 || version is null || source is null || indicators is null)
            {
                return new CatalogueParseResult(null, errors);
            }

            return new CatalogueParseResult(new IndicatorCatalogue(version, source, provisional, notes, indicators), []);
        }
    }

    private static CatalogueParseResult Refused(string error) => new(null, [error]);

    private static List<string> ReadNotes(JsonElement root, List<string> errors)
    {
        var notes = new List<string>();
        if (!root.TryGetProperty("notes", out var array))
        {
            return notes;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add("$.notes: must be an array of texts.");
            return notes;
        }

        var index = 0;
        foreach (var note in array.EnumerateArray())
        {
            if (note.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(note.GetString()))
            {
                notes.Add(note.GetString()!);
            }
            else
            {
                errors.Add($"$.notes[{index}]: must be a non-empty text.");
            }

            index++;
        }

        return notes;
    }

    private static List<CatalogueIndicator>? ReadIndicators(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("indicators", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            errors.Add("$.indicators: required, an array of indicators.");
            return null;
        }

        var count = array.GetArrayLength();
        if (count == 0 || count > MaxIndicators)
        {
            errors.Add($"$.indicators: a catalogue has between 1 and {MaxIndicators} indicators.");
            return null;
        }

        var indicators = new List<CatalogueIndicator>();
        var firstSeenAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.indicators[{index}]";
            var indicator = ReadIndicator(element, path, errors);
            if (indicator is not null)
            {
                if (firstSeenAt.TryGetValue(indicator.Code, out var first))
                {
                    errors.Add($"{path}.code: {indicator.Code} is already used by $.indicators[{first}]; codes are unique.");
                }
                else
                {
                    firstSeenAt[indicator.Code] = index;
                    indicators.Add(indicator);
                }
            }

            index++;
        }

        return indicators;
    }

    private static CatalogueIndicator? ReadIndicator(JsonElement element, string path, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: an indicator must be a JSON object.");
            return null;
        }

        var errorsBefore = errors.Count;
        RefuseUnknownProperties(element, path, IndicatorProperties, errors);
        var code = RequiredString(element, "code", path, 16, errors);
        var dimensionName = RequiredString(element, "dimension", path, 64, errors);
        Dimension dimension = default;
        if (dimensionName is not null && !KebabCase.TryParse(dimensionName, out dimension))
        {
            errors.Add($"{path}.dimension: '{dimensionName}' is not a dimension ({KebabCase.Choices<Dimension>()}).");
        }
        else if (code is not null && dimensionName is not null)
        {
            var prefix = Dimensions.CodePrefix(dimension);
            if (!CodePattern().IsMatch(code) || !code.StartsWith(prefix + "-", StringComparison.Ordinal))
            {
                errors.Add($"{path}.code: '{code}' must be {prefix}- followed by two or three digits (such as {prefix}-01) for dimension {dimensionName}.");
            }
        }

        var text = ReadText(element, path, errors);
        var ratings = ReadRatings(element, path, errors);
        var provisional = element.TryGetProperty("provisional", out _) && RequiredBoolean(element, "provisional", path, errors);
        string? note = null;
        if (element.TryGetProperty("note", out var noteElement) && noteElement.ValueKind != JsonValueKind.Null)
        {
            note = RequiredString(element, "note", path, MaxSourceLength, errors);
        }

        if (errors.Count > errorsBefore || code is null || text is null || ratings is null)
        {
            return null;
        }

        return new CatalogueIndicator
        {
            Code = code,
            Dimension = dimension,
            Text = text,
            Ratings = ratings,
            Provisional = provisional,
            Note = note,
        };
    }

    private static LocalizedText? ReadText(JsonElement element, string path, List<string> errors)
    {
        if (!element.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}.text: required, an object with the French (fr) and English (en) wording.");
            return null;
        }

        RefuseUnknownProperties(text, $"{path}.text", TextProperties, errors);
        var french = RequiredString(text, "fr", $"{path}.text", MaxTextLength, errors);
        var english = RequiredString(text, "en", $"{path}.text", MaxTextLength, errors);
        return french is null || english is null ? null : new LocalizedText(french, english);
    }

    private static Dictionary<IndicatorListId, Strength>? ReadRatings(JsonElement element, string path, List<string> errors)
    {
        var lists = string.Join(", ", IndicatorListId.All);
        if (!element.TryGetProperty("ratings", out var ratings) || ratings.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}.ratings: required, an object giving the strength in each list ({lists}) that contains the indicator.");
            return null;
        }

        var result = new Dictionary<IndicatorListId, Strength>();
        foreach (var rating in ratings.EnumerateObject())
        {
            if (!IndicatorListId.TryParse(rating.Name, out var list))
            {
                errors.Add($"{path}.ratings: '{rating.Name}' is not a list ({lists}).");
            }
            else if (rating.Value.ValueKind != JsonValueKind.String || !KebabCase.TryParse<Strength>(rating.Value.GetString(), out var strength))
            {
                errors.Add($"{path}.ratings.{rating.Name}: '{rating.Value}' is not a strength ({KebabCase.Choices<Strength>()}).");
            }
            else
            {
                result[list] = strength;
            }
        }

        if (!ratings.EnumerateObject().Any())
        {
            errors.Add($"{path}.ratings: the indicator must belong to at least one list ({lists}).");
        }

        return result;
    }

    /// <summary>The combination rule needs every dimension to be observable in every list.</summary>
    private static void CheckCoverage(List<CatalogueIndicator> indicators, List<string> errors)
    {
        foreach (var list in IndicatorListId.All)
        {
            foreach (var dimension in Dimensions.All)
            {
                if (!indicators.Any(i => i.Dimension == dimension && i.Ratings.ContainsKey(list)))
                {
                    errors.Add($"$.indicators: list {list} has no indicator in dimension {KebabCase.Of(dimension)}.");
                }
            }
        }
    }

    private static void RefuseUnknownProperties(JsonElement element, string path, string[] known, List<string> errors)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add($"{path}: unknown property '{property.Name}' (expected {string.Join(", ", known)}).");
            }
        }
    }

    private static string? RequiredString(JsonElement element, string name, string path, int maxLength, List<string> errors)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{path}.{name}: required, a non-empty text.");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            errors.Add($"{path}.{name}: at most {maxLength} characters.");
            return null;
        }

        if (text != text.Trim())
        {
            errors.Add($"{path}.{name}: must not start or end with spaces.");
            return null;
        }

        return text;
    }

    private static bool RequiredBoolean(JsonElement element, string name, string path, List<string> errors)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add($"{path}.{name}: required, true or false.");
        return false;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[A-Z]{2}-[0-9]{2,3}$")]
    private static partial Regex CodePattern();
}
