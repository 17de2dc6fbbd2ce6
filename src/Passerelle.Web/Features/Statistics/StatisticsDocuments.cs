using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Passerelle.Domain.Statistics.Anonymity;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Documents;

namespace Passerelle.Web.Features.Statistics;

/// <summary>A protected table as JSON, CSV, Excel and its Frictionless Table Schema; the export as CSV and Excel.</summary>
public static class StatisticsDocuments
{
    public static Dictionary<string, object?> Json(ProtectedTable table, StatisticsRequest request) => new()
    {
        ["measure"] = KebabCase.Of(table.Measure),
        ["kind"] = KebabCase.Of(table.Kind),
        ["by"] = table.Dimensions.Select(StatisticalDimensions.Name).ToArray(),
        ["filters"] = request.Query.Filters.ToDictionary(f => StatisticalDimensions.Name(f.Key), f => f.Value),
        ["threshold"] = table.Threshold,
        ["method"] = KebabCase.Of(table.Method),
        ["maxNoise"] = table.Perturbation?.MaxNoise,
        ["smallCountsNeverShown"] = table.Perturbation?.SmallCounts,
        ["cells"] = table.InnerCells.Select(c => Cell(table, c)).ToArray(),
        ["margins"] = table.Margins.Select(c => Cell(table, c)).ToArray(),
        ["total"] = new Dictionary<string, object?> { ["value"] = table.GrandTotal.Value, ["suppressed"] = table.GrandTotal.Suppressed },
    };

    private static Dictionary<string, object?> Cell(ProtectedTable table, ProtectedCell cell)
    {
        var json = new Dictionary<string, object?>();
        for (var d = 0; d < table.Dimensions.Count; d++)
        {
            json[StatisticalDimensions.Name(table.Dimensions[d])] = cell.Categories[d];
        }

        json["value"] = cell.Value;
        json["suppressed"] = cell.Suppressed;
        if (cell.Status == CellStatus.Rounded)
        {
            json["rounded"] = true;
        }

        return json;
    }

    /// <summary>
    /// Rows of the CSV and Excel files: one per cell, margins included (their category is <c>total</c>). A cell says
    /// whether it is suppressed and whether it is rounded, never why it is suppressed: with a public threshold, telling
    /// a primary cell (1 to threshold − 1) from a complementary one (threshold or more) would narrow both.
    /// </summary>
    public static IEnumerable<string?[]> Rows(ProtectedTable table) => table.Cells
        .Where(c => table.Dimensions.Count > 0 || c.IsGrandTotal)
        .Select(c => c.Categories.Select(code => code ?? "total")
            .Append(c.Value?.ToString(CultureInfo.InvariantCulture))
            .Append(c.Suppressed ? "true" : "false")
            .Append(c.Status == CellStatus.Rounded ? "true" : "false")
            .Append(KebabCase.Of(table.Method))
            .ToArray());

    /// <summary>
    /// The columns of every download, in the one convention of Passerelle's open data: lower snake_case
    /// (<c>age_group</c>, <c>rg_positive</c>), as the French public-sector schema guide (schema.data.gouv.fr) and
    /// Frictionless recommend; category codes stay as the API writes them.
    /// </summary>
    public static string Column(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name.Replace('-', '_'));

    public static string[] Header(ProtectedTable table) =>
        [.. table.Dimensions.Select(d => Column(StatisticalDimensions.Name(d))), "value", "suppressed", "rounded", "method"];

    /// <summary>The line under a table, in both languages: the method and what it means for the reader.</summary>
    public static LocalizedText MethodLine(ProtectedTable table) => table.Method switch
    {
        DisclosureMethod.CellKey when table.Perturbation is { } p => new(
            $"Méthode : perturbation par clé de cellule (table publiée : bruit d'au plus {p.MaxNoise}, aucun effectif de 1 à {p.SmallCounts}) ; les totaux peuvent différer de la somme de leurs cases.",
            $"Method: cell-key perturbation (published table: noise of at most {p.MaxNoise}, no count of 1 to {p.SmallCounts}); totals may differ from the sum of their cells."),
        DisclosureMethod.Rounding => new(
            "Méthode : arrondi à la base 5, chaque chiffre indépendamment.",
            "Method: rounding to base 5, every figure independently."),
        _ => new(
            $"Méthode : secret statistique (moins de {table.Threshold} personnes, ou masqué pour qu'un petit effectif ne puisse être recalculé) ; valeur vide : masquée.",
            $"Method: suppression (fewer than {table.Threshold} persons, or hidden so that a small count cannot be recomputed); empty value: hidden."),
    };

    public static byte[] Csv(string[] header, IEnumerable<string?[]> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord(header);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row.Select(field => field ?? "")]);
            }
        }

        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    /// <param name="notes">Lines written under the table after an empty row (the method of a protected table).</param>
    public static byte[] Xlsx(string sheetName, string[] header, IEnumerable<string?[]> rows, IReadOnlySet<int> numericColumns, params string[] notes) =>
        Spreadsheet.Write(
            sheetName,
            header,
            rows.Select(row => (IReadOnlyList<object?>)[.. row.Select((field, c) => Cell(field, numericColumns.Contains(c)))])
                .Concat(notes.Length == 0 ? [] : notes.Select(note => (IReadOnlyList<object?>)[note]).Prepend([])));

    /// <summary>A numeric column's value as a number cell, anything else as text.</summary>
    private static object? Cell(string? field, bool numeric) =>
        numeric && decimal.TryParse(field, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : field ?? "";

    /// <summary>The Frictionless Table Schema of the CSV: each dimension's allowed codes, the value (empty when suppressed).</summary>
    public static Dictionary<string, object?> Schema(ProtectedTable table)
    {
        var fields = table.Dimensions.Select((d, i) => new Dictionary<string, object?>
        {
            ["name"] = Column(StatisticalDimensions.Name(d)),
            ["title"] = StatisticalDimensions.Label(d).English,
            ["titles"] = Titles(StatisticalDimensions.Label(d)),
            ["type"] = "string",
            ["constraints"] = new Dictionary<string, object?> { ["required"] = true, ["enum"] = table.Categories[i].Append("total").ToArray() },
        }).ToList();
        fields.Add(new()
        {
            ["name"] = "value",
            ["title"] = MeasureCatalogue.Of(table.Measure).Label.English,
            ["titles"] = Titles(MeasureCatalogue.Of(table.Measure).Label),
            ["type"] = "number",
            ["description"] = "Distinct persons (or euros over distinct persons), protected as the method column says; empty when suppressed.",
        });
        fields.Add(new() { ["name"] = "suppressed", ["titles"] = Titles(new("Masqué", "Suppressed")), ["type"] = "boolean", ["trueValues"] = new[] { "true" }, ["falseValues"] = new[] { "false" } });
        fields.Add(new()
        {
            ["name"] = "rounded",
            ["titles"] = Titles(new("Arrondi", "Rounded")),
            ["type"] = "boolean",
            ["description"] = "The value is rounded to the base.",
            ["trueValues"] = new[] { "true" },
            ["falseValues"] = new[] { "false" },
        });
        fields.Add(new()
        {
            ["name"] = "method",
            ["titles"] = Titles(new("Méthode de protection", "Protection method")),
            ["type"] = "string",
            ["description"] = "cell-key: perturbed by the published cell-key table; suppression: small counts hidden; rounding: rounded to base 5.",
            ["constraints"] = new Dictionary<string, object?> { ["enum"] = Enum.GetValues<DisclosureMethod>().Select(m => KebabCase.Of(m)).ToArray() },
        });
        return new() { ["fields"] = fields, ["missingValues"] = new[] { "" } };
    }

    private static readonly MeasureDefinition[] ExportMeasures =
        [.. MeasureCatalogue.All.Where(d => d.Kind == MeasureKind.Persons && d.Measure != Measure.Registered)];

    public static string[] ExportHeader { get; } =
        [.. GeneralisationHierarchy.All.Select(q => Column(KebabCase.Of(q))), .. ExportMeasures.Select(d => Column(d.Name))];

    public static IEnumerable<string?[]> ExportRows(AnonymisedExport<ExportPayload> export) => export.Records.Select(r =>
        GeneralisationHierarchy.All.Select(q => r.QuasiIdentifiers[q])
            .Concat(ExportMeasures.Select(m => r.Payload.Reached.Contains(m.Name) ? "true" : "false"))
            .ToArray<string?>());

    public static Dictionary<string, string> Titles(LocalizedText text) => new() { ["fr"] = text.French, ["en"] = text.English };
}
