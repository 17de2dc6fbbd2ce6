using System.Globalization;
using CsvHelper;
using Passerelle.Domain.Linkage.Privacy;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Cli.Csv;

/// <summary>
/// Files of encodings (format 2, field level): header <c>id,encoding</c>, each encoding as
/// <see cref="EncodedIdentity"/> writes it. Files of format 1 (<c>id,clk</c>, one record-level Bloom filter, before
/// December 2026) are refused with a message saying to re-encode.
/// </summary>
public static class EncodedCsv
{
    public static void Write(TextWriter output, IEnumerable<(string Id, string Encoding)> records)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(["id", "encoding"]);
        foreach (var (id, encoding) in records)
        {
            csv.WriteRecord([id, encoding]);
        }
    }

    /// <param name="names">Shares the names read among records and files (one run's cache).</param>
    public static List<StandardisedRecord> Read(TextReader input, string name, string source, TextWriter errors, NameCache? names = null)
    {
        using var csv = CsvReader.Create(input, RecordCsvReader.Options(name, errors), leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers.ToList();
        if (header.SequenceEqual(["id", "clk"]))
        {
            throw new CsvInputException($"{name}: an encoding file of format 1 (one Bloom filter per record), which this "
                + "version no longer links: ask the agency to encode its records again with this version's 'encode' "
                + "(format 2, field level) and the same key.");
        }

        if (!header.SequenceEqual(["id", "encoding"]))
        {
            throw new CsvInputException($"{name}: not an encoding file (header must be id,encoding).");
        }

        var records = new List<StandardisedRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var id = csv.GetString(0);
            if (string.IsNullOrEmpty(id) || !ids.Add(id))
            {
                errors.WriteLine($"{name}:{csv.LineNumber}: row skipped: missing or repeated id.");
                continue;
            }

            if (!EncodedIdentity.TryRead(id, source, csv.GetString(1), out var record, out var error, names))
            {
                errors.WriteLine($"{name}:{csv.LineNumber}: row skipped: not an encoding of format {EncodedIdentity.Version} ({error}).");
                continue;
            }

            records.Add(record!);
        }

        return records;
    }
}

/// <summary>The output of <c>link</c>: one line per predicted match.</summary>
public static class PairsCsv
{
    public static void Write(TextWriter output, IEnumerable<(string Left, string Right, double Weight)> pairs)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(["left_id", "right_id", "weight"]);
        foreach (var (left, right, weight) in pairs)
        {
            csv.WriteRecord([left, right, weight.ToString("0.###", CultureInfo.InvariantCulture)]);
        }
    }
}
