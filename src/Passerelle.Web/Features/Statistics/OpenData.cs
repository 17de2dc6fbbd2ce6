using System.IO.Compression;
using System.Text.Json;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Texts;

namespace Passerelle.Web.Features.Statistics;

/// <summary>A file to download: its bytes, media type and name.</summary>
public sealed record StatisticsFile(byte[] Bytes, string ContentType, string FileName);

/// <summary>What a download request answers: a file, or a JSON document (the table, its schema or its data package).</summary>
public sealed record StatisticsDownload(StatisticsFile? File, object? Json);

/// <summary>
/// Frictionless Data Packages (https://specs.frictionlessdata.io/data-package/, tabular profile) beside every download:
/// the CSV's Table Schema, titles in French and English, the licence (Etalab Licence Ouverte 2.0, the licence of French
/// public-sector open data, décret 2017-638 art. D. 323-2-1 CRPA), the protection method and the date. Served as
/// <c>format=datapackage</c> (the descriptor, whose resource path is the CSV's file name, so both saved side by side
/// validate) and <c>format=zip</c> (the CSV and <c>datapackage.json</c> together).
/// </summary>
public static class OpenData
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string ZipContentType = "application/zip";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static readonly IReadOnlyDictionary<string, object?> Licence = new Dictionary<string, object?>
    {
        ["name"] = "etalab-2.0",
        ["path"] = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        ["title"] = "Licence Ouverte / Open Licence version 2.0",
    };

    /// <summary>The answer to a table request in any format.</summary>
    public static StatisticsDownload Table(ProtectedTable table, StatisticsRequest request, DateTimeOffset now)
    {
        var name = FileNameOf(table, request);
        var csv = new StatisticsFile(StatisticsDocuments.Csv(StatisticsDocuments.Header(table), StatisticsDocuments.Rows(table)), CsvContentType, name + ".csv");
        var method = StatisticsDocuments.MethodLine(table);
        return request.Format switch
        {
            StatisticsFormat.Json => new(null, StatisticsDocuments.Json(table, request)),
            StatisticsFormat.Schema => new(null, StatisticsDocuments.Schema(table)),
            StatisticsFormat.Csv => new(csv, null),
            StatisticsFormat.Xlsx => new(new StatisticsFile(
                StatisticsDocuments.Xlsx(KebabCase.Of(table.Measure), StatisticsDocuments.Header(table), StatisticsDocuments.Rows(table), new HashSet<int> { table.Dimensions.Count }, method.French, method.English),
                StatisticsApi.XlsxContentType,
                name + ".xlsx"), null),
            StatisticsFormat.Datapackage => new(null, Package(name, TitleOf(table, request), [(csv.FileName, StatisticsDocuments.Schema(table))], now, KebabCase.Of(table.Method), method)),
            StatisticsFormat.Zip => new(Zip(name, csv, Package(name, TitleOf(table, request), [(csv.FileName, StatisticsDocuments.Schema(table))], now, KebabCase.Of(table.Method), method)), null),
        };
    }

    /// <summary>A Frictionless tabular data package of CSV resources, each with its Table Schema.</summary>
    public static Dictionary<string, object?> Package(
        string name, LocalizedText title, IEnumerable<(string Path, Dictionary<string, object?> Schema)> resources, DateTimeOffset created, string method, LocalizedText methodLine) => new()
        {
            ["profile"] = "tabular-data-package",
            ["name"] = name,
            ["title"] = title.French,
            ["titles"] = StatisticsDocuments.Titles(title),
            ["description"] = methodLine.English,
            ["descriptions"] = StatisticsDocuments.Titles(methodLine),
            ["licenses"] = new[] { Licence },
            ["created"] = created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["passerelle:method"] = method,
            ["resources"] = resources.Select(r => new Dictionary<string, object?>
            {
                ["name"] = Path.GetFileNameWithoutExtension(r.Path),
                ["path"] = r.Path,
                ["profile"] = "tabular-data-resource",
                ["format"] = "csv",
                ["mediatype"] = "text/csv",
                ["encoding"] = "utf-8",
                ["schema"] = r.Schema,
            }).ToArray(),
        };

    /// <summary>The CSV and its <c>datapackage.json</c> in one archive.</summary>
    public static StatisticsFile Zip(string name, StatisticsFile csv, Dictionary<string, object?> package)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry(csv.FileName).Open())
            {
                entry.Write(csv.Bytes);
            }

            using var descriptor = zip.CreateEntry("datapackage.json").Open();
            JsonSerializer.Serialize(descriptor, package, Indented);
        }

        return new StatisticsFile(stream.ToArray(), ZipContentType, name + ".zip");
    }

    public static string FileNameOf(ProtectedTable table, StatisticsRequest request) =>
        KebabCase.Of(table.Measure)
        + string.Concat(table.Dimensions.Select(d => "-by-" + StatisticalDimensions.Name(d)))
        + string.Concat(request.Query.Filters.OrderBy(f => f.Key).Select(f => $"-{StatisticalDimensions.Name(f.Key)}-{f.Value}"));

    public static LocalizedText TitleOf(ProtectedTable table, StatisticsRequest request)
    {
        var measure = MeasureCatalogue.Of(table.Measure).Label;
        var filters = string.Concat(request.Query.Filters.OrderBy(f => f.Key).Select(f => ", " + f.Value));
        return new(
            measure.French + string.Concat(table.Dimensions.Select(d => " par " + StatisticalDimensions.Label(d).French.ToLowerInvariant())) + filters,
            measure.English + string.Concat(table.Dimensions.Select(d => " by " + StatisticalDimensions.Label(d).English.ToLowerInvariant())) + filters);
    }
}
