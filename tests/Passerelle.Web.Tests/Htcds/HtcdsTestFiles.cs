using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Passerelle.Web.Features.Htcds;

namespace Passerelle.Web.Tests.Htcds;

/// <summary>Helpers of the HTCDS tests: IOM's template filled with rows, an import run to its end, CSV rows read back.</summary>
public static class HtcdsTestFiles
{
    public static string TemplatePath => Path.Combine(AppContext.BaseDirectory, "Imports", "Template", "htcds-template-v2.0.xlsx");

    /// <summary>A copy of IOM's template with <paramref name="rows"/> written from row 3, each cell under its row-1 field name.</summary>
    public static byte[] FilledTemplate(params IReadOnlyDictionary<string, object>[] rows)
    {
        using var workbook = new XLWorkbook(TemplatePath);
        var sheet = workbook.Worksheet("Case Sheet");
        var columns = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        for (var r = 0; r < rows.Length; r++)
        {
            foreach (var (field, value) in rows[r])
            {
                var cell = sheet.Cell(3 + r, columns[field]);
                switch (value)
                {
                    case DateTime date:
                        cell.SetValue(date);
                        break;
                    default:
                        cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                        break;
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
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
