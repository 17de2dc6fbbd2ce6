using CsvHelper;
using Passerelle.Domain.Linkage;

namespace Passerelle.Cli.Csv;

/// <summary>
/// Reads person records from a comma-separated file with a header (values trimmed, so "a, b" reads as two values).
/// A malformed row (bad quoting, wrong number of columns, no id, an id seen before) is reported on <c>errors</c>
/// with its line number and skipped; reading goes on.
/// </summary>
public static class RecordCsvReader
{
    public static CsvReaderOptions Options(string name, TextWriter errors) => new()
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        // A stray quote must cost one row, not swallow the rest of the file.
        AllowLineBreaksInQuotes = false,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        OnMalformedRecord = record => errors.WriteLine(
            $"{name}:{record.LineNumber}: row skipped: {Describe(record.Reason)}."),
    };

    /// <exception cref="CsvInputException">The file has no header or lacks a mapped column.</exception>
    public static List<PersonRecord> Read(string path, string source, FieldMap map, string idColumn, TextWriter errors)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, source, map, idColumn, errors);
    }

    public static List<PersonRecord> Read(
        TextReader input, string name, string source, FieldMap map, string idColumn, TextWriter errors)
    {
        using var csv = CsvReader.Create(input, Options(name, errors), leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers.ToList();
        if (header.Count == 0)
        {
            throw new CsvInputException($"{name}: the file is empty; a header line is expected.");
        }

        var absent = map.Columns.Values.SelectMany(c => c).Append(idColumn)
            .Where(c => !header.Contains(c, StringComparer.Ordinal)).Distinct().ToList();
        if (absent.Count > 0)
        {
            throw new CsvInputException(
                $"{name}: column(s) {string.Join(", ", absent)} not in the header ({string.Join(", ", header)}).");
        }

        var idIndex = header.IndexOf(idColumn);
        var fieldIndexes = map.Columns.ToDictionary(c => c.Key, c => c.Value.Select(column => header.IndexOf(column)).ToArray());
        var records = new List<PersonRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var id = csv.GetString(idIndex);
            if (string.IsNullOrEmpty(id))
            {
                errors.WriteLine($"{name}:{csv.LineNumber}: row skipped: no value in id column '{idColumn}'.");
                continue;
            }

            if (!ids.Add(id))
            {
                errors.WriteLine($"{name}:{csv.LineNumber}: row skipped: id '{id}' already seen.");
                continue;
            }

            var record = new PersonRecord(id) { Source = source };
            foreach (var (field, indexes) in fieldIndexes)
            {
                var value = string.Join(' ', indexes.Select(i => csv.GetString(i)).Where(v => !string.IsNullOrEmpty(v)));
                record = LinkageFields.With(record, field, value.Length == 0 ? null : value);
            }

            records.Add(record);
        }

        return records;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "its number of columns differs from the header",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted value",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted value is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        CsvMalformedReason.TrailingEscape => "the input ends with an escape character",
    };
}

/// <summary>An input file that cannot be used at all (as opposed to a bad row, which is skipped).</summary>
public sealed class CsvInputException(string message) : Exception(message);
