using System.Globalization;
using CsvHelper;
using Passerelle.Domain.Linkage.Privacy;

namespace Passerelle.Cli.Csv;

/// <summary>Files of encodings: header <c>id,clk</c>, the CLK in base64 (1024 bits = 128 bytes).</summary>
public static class EncodedCsv
{
    public static void Write(TextWriter output, IEnumerable<EncodedRecord> records)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(["id", "clk"]);
        foreach (var record in records)
        {
            csv.WriteRecord([record.Id, record.ToBase64()]);
        }
    }

    public static List<EncodedRecord> Read(TextReader input, string name, string source, TextWriter errors)
    {
        using var csv = CsvReader.Create(input, RecordCsvReader.Options(name, errors), leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers.ToList();
        if (!header.SequenceEqual(["id", "clk"]))
        {
            throw new CsvInputException($"{name}: not an encoding file (header must be id,clk).");
        }

        var records = new List<EncodedRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var id = csv.GetString(0);
            if (string.IsNullOrEmpty(id) || !ids.Add(id))
            {
                errors.WriteLine($"{name}:{csv.LineNumber}: row skipped: missing or repeated id.");
                continue;
            }

            if (!EncodedRecord.TryParseBits(csv.GetString(1), out var bits))
            {
                errors.WriteLine($"{name}:{csv.LineNumber}: row skipped: the clk is not {ClkSettings.Bits} bits of base64.");
                continue;
            }

            records.Add(new EncodedRecord(id, source, bits));
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
