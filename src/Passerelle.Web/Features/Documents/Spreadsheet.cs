using System.Globalization;
using MiniExcelLibs;

namespace Passerelle.Web.Features.Documents;

/// <summary>
/// Excel workbooks (.xlsx) written and read through MiniExcel (Apache-2.0, maintained, no dependency): one sheet,
/// the first row a bold header, then rows of text or numbers. Only the strings given are written, as text cells:
/// a pseudonym or a postal code never becomes a number or a date.
/// </summary>
public static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A one-sheet workbook: <paramref name="header"/> in row 1 (distinct names), then <paramref name="rows"/>; a cell is a string, a decimal or null.</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var table = rows.Select(row =>
        {
            var line = new Dictionary<string, object?>(header.Count, StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
            {
                line.Add(header[c], c < row.Count ? row[c] : null);
            }

            return line;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(table, printHeader: true, sheetName: sheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>
    /// The cells of one sheet (the one named <paramref name="sheetName"/>, else the first) as text, row by row from
    /// row 1, empty rows included so that a row's index + 1 is the number the spreadsheet shows; a date cell as
    /// yyyy-MM-dd, a number in invariant culture, a boolean as TRUE or FALSE.
    /// </summary>
    public static List<List<string>> Read(Stream file, string? sheetName)
    {
        var names = file.GetSheetNames();
        file.Position = 0;
        var sheet = sheetName is not null && names.Contains(sheetName) ? sheetName : names.FirstOrDefault();
        var rows = new List<List<string>>();
        foreach (IDictionary<string, object?> row in file.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
        {
            rows.Add([.. row.Values.Select(Text)]);
        }

        return rows;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
