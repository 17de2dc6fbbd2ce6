using Passerelle.Cli.Csv;
using Passerelle.Domain.Linkage;

namespace Passerelle.Bench.Linkage;

/// <summary>FEBRL files and their ground truth: two records are one person when their ids share the number n in rec-n-….</summary>
public static class FebrlData
{
    public const string MapWithoutIdentifier =
        "givenName=given_name,familyName=surname,birthDate=date_of_birth,street=street_number+address_1,"
        + "city=suburb,postcode=postcode";

    public const string MapWithIdentifier = MapWithoutIdentifier + ",identifier=soc_sec_id";

    public static List<PersonRecord> Read(string folder, string file, string source, string map)
    {
        if (!FieldMap.TryParse(map, out var fieldMap, out var error))
        {
            throw new InvalidOperationException(error);
        }

        return RecordCsvReader.Read(Path.Combine(folder, file), source, fieldMap, "rec_id", Console.Error);
    }

    public static string Person(string recordId) => recordId.Split('-')[1];

    /// <summary>All true pairs as "id|id" with the ids in ordinal order.</summary>
    public static HashSet<string> TruePairs(IReadOnlyList<PersonRecord> records, bool acrossSources)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in records.GroupBy(r => Person(r.Id)))
        {
            var members = group.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    if (!acrossSources || members[a].Source != members[b].Source)
                    {
                        pairs.Add(PairText(members[a].Id, members[b].Id));
                    }
                }
            }
        }

        return pairs;
    }

    public static string PairText(string left, string right) =>
        string.CompareOrdinal(left, right) <= 0 ? left + "|" + right : right + "|" + left;

    /// <summary>The FEBRL folder given as argument, else ../shared/data/febrl beside a parent of the working directory.</summary>
    public static string? FindFolder(string? argument)
    {
        if (argument is not null)
        {
            return Directory.Exists(argument) ? argument : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "febrl");
                if (File.Exists(Path.Combine(candidate, "dataset4a.csv")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
