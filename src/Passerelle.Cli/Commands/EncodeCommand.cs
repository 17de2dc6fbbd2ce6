using System.CommandLine;
using Passerelle.Cli.Csv;
using Passerelle.Domain.Linkage.Privacy;

namespace Passerelle.Cli.Commands;

/// <summary><c>encode --input a.csv --map … --id col --key-file k --out a.clk.csv</c>: run by an agency, never by the linker.</summary>
public static class EncodeCommand
{
    private static readonly Option<string> Input = new("--input") { Description = "CSV file of records.", Required = true };
    private static readonly Option<string> Map = new("--map") { Description = "Fields to columns, as for link.", Required = true };
    private static readonly Option<string> Id = new("--id") { Description = "Column holding the record id.", Required = true };
    private static readonly Option<string> KeyFile = new("--key-file") { Description = "Secret key shared by the agencies (base64, ≥ 32 bytes).", Required = true };
    private static readonly Option<string> Out = new("--out") { Description = "Where to write id,encoding.", Required = true };

    public static Command Create()
    {
        var command = new Command("encode", "Encode records field by field (keyed tokens and name Bloom filters) for privacy-preserving linkage.")
        {
            Input, Map, Id, KeyFile, Out,
        };
        command.SetAction((result, _) => Task.FromResult(Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var error = result.InvocationConfiguration.Error;
        if (!FieldMap.TryParse(result.GetValue(Map), out var map, out var mapError))
        {
            return Failure.Usage(error, mapError);
        }

        var input = result.GetValue(Input)!;
        var keyFile = result.GetValue(KeyFile)!;
        if (Failure.MissingFile([input, keyFile], error) is { } missing)
        {
            return missing;
        }

        if (!EncodingKey.TryParse(File.ReadAllText(keyFile), out var key) || key is null)
        {
            return Failure.Usage(error, $"{keyFile} is not a key: expected at least {EncodingKey.MinimumBytes} random bytes "
                + "in base64 on one line (e.g. made with: openssl rand -base64 32 > key).");
        }

        var records = RecordCsvReader.Read(input, "file1", map, result.GetValue(Id)!, error);
        var encoder = new FieldEncoder(key);
        using (var writer = new StreamWriter(result.GetValue(Out)!))
        {
            EncodedCsv.Write(writer, records.Select(r => (r.Id, EncodedIdentity.Write(encoder.Encode(r)))));
        }

        error.WriteLine($"{records.Count} records encoded.");
        return 0;
    }
}
