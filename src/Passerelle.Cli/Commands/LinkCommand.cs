using System.CommandLine;
using Passerelle.Cli.Csv;
using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Cli.Commands;

/// <summary>
/// <c>link --input a.csv [--input b.csv] --map … --id col --out pairs.csv</c> (one file: deduplicate; two: link
/// across them) or <c>link --encoded a.clk.csv --encoded b.clk.csv --out pairs.csv</c> (encodings only).
/// </summary>
public static class LinkCommand
{
    private static readonly Option<string[]> Inputs = new("--input") { Description = "CSV file of records (once to deduplicate, twice to link across)." };
    private static readonly Option<string[]> Encoded = new("--encoded") { Description = "File of encodings written by 'encode' (instead of --input)." };
    private static readonly Option<string> Map = new("--map") { Description = "Fields to columns: \"givenName=given_name,familyName=surname,birthDate=dob,…\"." };
    private static readonly Option<string> Id = new("--id") { Description = "Column holding the record id." };
    private static readonly Option<string> Out = new("--out") { Description = "Where to write left_id,right_id,weight.", Required = true };

    public static Command Create()
    {
        var command = new Command("link", "Find records of the same person, in one file or across two.")
        {
            Inputs, Encoded, Map, Id, Out,
        };
        command.SetAction((result, _) => Task.FromResult(Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var error = result.InvocationConfiguration.Error;
        var inputs = result.GetValue(Inputs) ?? [];
        var encoded = result.GetValue(Encoded) ?? [];
        var output = result.GetValue(Out)!;
        if ((inputs.Length == 0) == (encoded.Length == 0) || inputs.Length > 2 || encoded.Length > 2)
        {
            return Failure.Usage(error, "give one or two --input files, or one or two --encoded files (not both).");
        }

        return encoded.Length > 0
            ? LinkEncoded(encoded, output, error)
            : LinkPlain(inputs, result.GetValue(Map), result.GetValue(Id), output, error);
    }

    private static int LinkPlain(string[] inputs, string? mapText, string? idColumn, string output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(idColumn))
        {
            return Failure.Usage(error, "--id (the column of record ids) is required with --input.");
        }

        if (!FieldMap.TryParse(mapText, out var map, out var mapError))
        {
            return Failure.Usage(error, mapError);
        }

        if (Failure.MissingFile(inputs, error) is { } missing)
        {
            return missing;
        }

        var records = new List<PersonRecord>();
        for (var i = 0; i < inputs.Length; i++)
        {
            records.AddRange(RecordCsvReader.Read(inputs[i], $"file{i + 1}", map, idColumn, error));
        }

        if (inputs.Length == 2 && DuplicateIds(records) is { } duplicate)
        {
            return Failure.Usage(error, $"record id '{duplicate}' is in both files; ids must be unique across inputs.");
        }

        var mode = inputs.Length == 2 ? LinkageMode.AcrossSources : LinkageMode.Deduplicate;
        var result = new LinkageEngine(new LinkageOptions { Mode = mode }).Run(new LinkageRequest(records));
        using (var writer = new StreamWriter(output))
        {
            PairsCsv.Write(writer, result.LinkedPairs.Select(p => (p.LeftId, p.RightId, p.Weight)));
        }

        error.WriteLine($"{records.Count} records, {result.Blocking.Pairs.Count} pairs compared, "
            + $"{result.LinkedPairs.Count} linked pairs written to {output} "
            + $"(match weight ≥ {result.Thresholds.Match:F2}, estimated by EM).");
        return 0;
    }

    private static int LinkEncoded(string[] files, string output, TextWriter error)
    {
        if (Failure.MissingFile(files, error) is { } missing)
        {
            return missing;
        }

        var records = new List<StandardisedRecord>();
        var names = new NameCache();
        for (var i = 0; i < files.Length; i++)
        {
            using var reader = new StreamReader(files[i]);
            records.AddRange(EncodedCsv.Read(reader, files[i], $"file{i + 1}", error, names));
        }

        if (files.Length == 2 && DuplicateIds(records.Select(r => new PersonRecord(r.Id))) is { } duplicate)
        {
            return Failure.Usage(error, $"record id '{duplicate}' is in both files; ids must be unique across inputs.");
        }

        var mode = files.Length == 2 ? LinkageMode.AcrossSources : LinkageMode.Deduplicate;
        // The same engine as in clear: field levels from tokens and name filters, thresholds from the estimated prior.
        var result = new LinkageEngine(new LinkageOptions { Mode = mode }).Run(records);
        using (var writer = new StreamWriter(output))
        {
            PairsCsv.Write(writer, result.LinkedPairs.Select(p => (p.LeftId, p.RightId, p.Weight)));
        }

        error.WriteLine($"{records.Count} encodings, {result.Blocking.Pairs.Count} pairs compared, "
            + $"{result.LinkedPairs.Count} linked pairs written to {output} "
            + $"(match weight ≥ {result.Thresholds.Match:F2}, estimated by EM as in clear).");
        return 0;
    }

    private static string? DuplicateIds(IEnumerable<PersonRecord> records) =>
        records.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
}
