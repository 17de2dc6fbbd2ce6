using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Passerelle.Domain.Statistics.Anonymity;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Texts;

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
            .ToArray());

    public static string[] Header(ProtectedTable table) =>
        [.. table.Dimensions.Select(StatisticalDimensions.Name), "value", "suppressed", "rounded"];

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

    public static byte[] Xlsx(string sheetName, string[] header, IEnumerable<string?[]> rows, IReadOnlySet<int> numericColumns)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                if (numericColumns.Contains(c) && decimal.TryParse(row[c], NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    cell.Value = number;
                }
                else
                {
                    cell.SetValue(row[c] ?? "");
                }
            }

            r++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The Frictionless Table Schema of the CSV: each dimension's allowed codes, the value (empty when suppressed).</summary>
    public static Dictionary<string, object?> Schema(ProtectedTable table)
    {
        var fields = table.Dimensions.Select((d, i) => new Dictionary<string, object?>
        {
            ["name"] = StatisticalDimensions.Name(d),
            ["title"] = StatisticalDimensions.Label(d).English,
            ["type"] = "string",
            ["constraints"] = new Dictionary<string, object?> { ["required"] = true, ["enum"] = table.Categories[i].Append("total").ToArray() },
        }).ToList();
        fields.Add(new()
        {
            ["name"] = "value",
            ["title"] = MeasureCatalogue.Of(table.Measure).Label.English,
            ["type"] = "number",
            ["description"] = "Distinct persons (or euros over distinct persons); empty when suppressed.",
        });
        fields.Add(new() { ["name"] = "suppressed", ["type"] = "boolean", ["trueValues"] = new[] { "true" }, ["falseValues"] = new[] { "false" } });
        fields.Add(new()
        {
            ["name"] = "rounded",
            ["type"] = "boolean",
            ["description"] = "The value is rounded to the base.",
            ["trueValues"] = new[] { "true" },
            ["falseValues"] = new[] { "false" },
        });
        return new() { ["fields"] = fields, ["missingValues"] = new[] { "" } };
    }

    public static string[] ExportHeader { get; } =
        [.. GeneralisationHierarchy.All.Select(q => KebabCase.Of(q)), .. MeasureCatalogue.All
            .Where(d => d.Kind == MeasureKind.Persons && d.Measure != Measure.Registered).Select(d => d.Name)];

    public static IEnumerable<string?[]> ExportRows(AnonymisedExport<ExportPayload> export) => export.Records.Select(r =>
        GeneralisationHierarchy.All.Select(q => r.QuasiIdentifiers[q])
            .Concat(ExportHeader.Skip(GeneralisationHierarchy.All.Count).Select(m => r.Payload.Reached.Contains(m) ? "true" : "false"))
            .ToArray<string?>());
}
