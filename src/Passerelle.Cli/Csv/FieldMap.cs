using Passerelle.Domain.Linkage;

namespace Passerelle.Cli.Csv;

/// <summary>
/// The <c>--map</c> option: which CSV columns feed which field, as "givenName=given_name,familyName=surname".
/// A field may join several columns with '+' ("street=street_number+address_1").
/// </summary>
public sealed record FieldMap(IReadOnlyDictionary<LinkageField, IReadOnlyList<string>> Columns)
{
    public static bool TryParse(string? text, out FieldMap map, out string error)
    {
        map = new FieldMap(new Dictionary<LinkageField, IReadOnlyList<string>>());
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "--map is empty; expected e.g. \"givenName=given_name,familyName=surname\".";
            return false;
        }

        var columns = new Dictionary<LinkageField, IReadOnlyList<string>>();
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                error = $"--map entry '{entry}' is not field=column.";
                return false;
            }

            if (!LinkageFields.TryParse(parts[0], out var field))
            {
                error = $"--map: unknown field '{parts[0]}'; known fields: "
                    + string.Join(", ", LinkageFields.All.Select(LinkageFields.Name)) + ".";
                return false;
            }

            if (columns.ContainsKey(field))
            {
                error = $"--map: field '{parts[0]}' is mapped twice.";
                return false;
            }

            var sources = parts[1].Split('+', StringSplitOptions.TrimEntries);
            if (sources.Any(s => s.Length == 0))
            {
                error = $"--map entry '{entry}' has an empty column name.";
                return false;
            }

            columns[field] = sources;
        }

        map = new FieldMap(columns);
        return true;
    }
}
