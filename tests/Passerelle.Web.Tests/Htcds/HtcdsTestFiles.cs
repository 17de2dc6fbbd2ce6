using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Features.Htcds;

namespace Passerelle.Web.Tests.Htcds;

/// <summary>Helpers of the HTCDS tests: IOM's template filled with rows, an import run to its end, CSV rows read back.</summary>
public static class HtcdsTestFiles
{
    public static string TemplatePath => Path.Combine(AppContext.BaseDirectory, "Imports", "Template", "htcds-template-v2.0.xlsx");

    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// A copy of IOM's template with <paramref name="rows"/> written from row 3, each cell under its row-1 field
    /// name, as Excel would: text as an inline string, a date as a serial number in the template's own date style
    /// (cell style 7, number format 14). Everything else in the file (the other sheets, validations) is kept.
    /// </summary>
    public static byte[] FilledTemplate(params IReadOnlyDictionary<string, object>[] rows)
    {
        var template = File.ReadAllBytes(TemplatePath);
        var header = Spreadsheet.Read(new MemoryStream(template), HtcdsLayout.SheetName)[0];
        var columns = header.Select((name, index) => (name, index)).Where(c => c.name.Length > 0).ToDictionary(c => c.name, c => c.index);
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            // The template's first sheet, "Case Sheet", is xl/worksheets/sheet1.xml (xl/_rels/workbook.xml.rels, rId1).
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            XDocument sheet;
            using (var read = entry.Open())
            {
                sheet = XDocument.Load(read);
            }

            var data = sheet.Root!.Element(Main + "sheetData")!;
            for (var r = 0; r < rows.Length; r++)
            {
                var number = 3 + r;
                var row = data.Elements(Main + "row").Single(e => (int)e.Attribute("r")! == number);
                foreach (var (field, value) in rows[r])
                {
                    SetCell(row, Column(columns[field]) + number, value);
                }
            }

            entry.Delete();
            using var write = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            sheet.Save(write);
        }

        return stream.ToArray();
    }

    private static void SetCell(XElement row, string reference, object value)
    {
        var cell = row.Elements(Main + "c").SingleOrDefault(c => (string?)c.Attribute("r") == reference);
        if (cell is null)
        {
            cell = new XElement(Main + "c", new XAttribute("r", reference));
            var after = row.Elements(Main + "c").LastOrDefault(c => ColumnOrder((string)c.Attribute("r")!) < ColumnOrder(reference));
            if (after is null)
            {
                row.AddFirst(cell);
            }
            else
            {
                after.AddAfterSelf(cell);
            }
        }

        cell.RemoveNodes();
        cell.Attribute("t")?.Remove();
        if (value is DateTime date)
        {
            cell.SetAttributeValue("s", 7);
            cell.Add(new XElement(Main + "v", date.ToOADate().ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            cell.SetAttributeValue("t", "inlineStr");
            cell.Add(new XElement(Main + "is", new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), Convert.ToString(value, CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>A column's letters from its zero-based index (0 → A, 26 → AA).</summary>
    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));

    private static int ColumnOrder(string reference)
    {
        var letters = reference.TakeWhile(char.IsLetter).ToArray();
        return letters.Aggregate(0, (order, letter) => (order * 26) + (letter - 'A' + 1));
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient api, byte[] file, string fileName, bool dryRun, string? defaultDepartement = null, string? defaultDetectedOn = null)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : HtcdsLayout.XlsxContentType);
        form.Add(content, "file", fileName);
        form.Add(new StringContent(dryRun ? "true" : "false"), "dryRun");
        if (defaultDepartement is not null)
        {
            form.Add(new StringContent(defaultDepartement), "defaultDepartement");
        }

        if (defaultDetectedOn is not null)
        {
            form.Add(new StringContent(defaultDetectedOn), "defaultDetectedOn");
        }

        return await api.PostAsync("/api/v1/imports", form);
    }

    /// <summary>Posts the file and polls the import until it is no longer running.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient api, byte[] file, string fileName, bool dryRun, string? defaultDepartement = null, string? defaultDetectedOn = null)
    {
        var response = await PostAsync(api, file, fileName, dryRun, defaultDepartement, defaultDetectedOn);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var status = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
            if (status.GetProperty("status").GetString() != "running")
            {
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"import {id} still running after a minute");
    }

    /// <summary>The rows of an HTCDS CSV: row 1 the names, row 2 the labels, then one dictionary per case.</summary>
    public static (string[] Names, string[] Labels, List<Dictionary<string, string>> Rows) ReadCsv(byte[] csv)
    {
        var lines = ParseCsv(Encoding.UTF8.GetString(csv));
        var names = lines[0];
        var rows = lines.Skip(2).Where(l => l.Length == names.Length)
            .Select(l => names.Select((n, i) => (n, v: l[i])).ToDictionary(x => x.n, x => x.v)).ToList();
        return (names, lines[1], rows);
    }

    /// <summary>Keeps the two header rows and the rows whose pseudonym starts with <paramref name="prefix"/>.</summary>
    public static byte[] OnlyRows(byte[] csv, string prefix)
    {
        var (names, labels, rows) = ReadCsv(csv);
        var kept = rows.Where(r => r[HtcdsLayout.Pas.Pseudonym].StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var text = new StringBuilder();
        foreach (var line in new[] { names, labels }.Concat(kept.Select(r => names.Select(n => r[n]).ToArray())))
        {
            text.Append(string.Join(',', line.Select(v => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
