using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Passerelle.Web.Features.Documents;

namespace Passerelle.Web.Features.Htcds;

/// <summary>One column of the HTCDS layout: the field name (row 1) and its label (row 2), as in IOM's template.</summary>
public sealed record HtcdsColumn(string Name, string Label);

/// <summary>One data row read from a file: its number as the spreadsheet shows it, and its cells by field name.</summary>
public sealed record HtcdsSourceRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string field) => Cells.TryGetValue(field, out var value) ? value : "";
}

/// <summary>
/// The file layout of the HTCDS export and import: IOM's "HTCDS Excel Spreadsheet v2.0" template columns in its
/// order — field names in row 1, labels in row 2, the first case in row 3 — then the two language fields of the
/// standard, then Passerelle's own columns (prefix <c>pas_</c>) carrying what the standard has no field for, so
/// that Passerelle's export read back loses nothing. docs/htcds-mapping.md describes each column.
/// </summary>
public static class HtcdsLayout
{
    public const string XlsxContentType = Documents.Spreadsheet.ContentType;

    /// <summary>The template's sheet name.</summary>
    public const string SheetName = "Case Sheet";

    /// <summary>
    /// The template's columns. Its row 1 misspells one name (<c>vic_TraffickinStatusDecisionMakingOrg</c>) and
    /// leaves <c>cas_ReasonForOutgoingReferral</c> out (its label is there, in column AJ); Passerelle writes the
    /// standard's names and reads both spellings.
    /// </summary>
    public static readonly IReadOnlyList<HtcdsColumn> Standard =
    [
        new("cas_CaseOwner", "Case Owner"),
        new("prs_Salutation", "Salutation"),
        new("prs_FirstName", "First Name"),
        new("prs_SecondName", "Second Name"),
        new("con_Consent", "Consent"),
        new("prs_Birthdate", "Birthdate"),
        new("prs_Gender", "Gender"),
        new("prs_Citizenship", "Citizenship"),
        new("prs_Title", "Title"),
        new("prs_Email", "Email"),
        new("prs_HomePhone", "Home Phone"),
        new("prs_MobilePhone", "Mobile Phone"),
        new("prs_MailingCity", "Mailing City"),
        new("prs_MailingCountry", "Mailing Country"),
        new("prs_MailingState", "Mailing State/Province"),
        new("prs_MailingStreet", "Mailing Street"),
        new("prs_MailingPostalCode", "Mailing Zip/Postal Code"),
        new("vic_TraffickingStatus", "Trafficking Status"),
        new("vic_TraffickingStatusDecisionMakingOrg", "Trafficking Status Decision Making Organization"),
        new("vic_MethodOfRecruitment", "Method of Recruitment"),
        new("vic_LocationOfRecruitment", "Location of Recruitment"),
        new("vic_MethodsOfControl", "Methods of Control"),
        new("vic_TypeOfExploitation", "Type of Exploitation"),
        new("vic_ForcedLabourIndustry", "Forced Labour Industry"),
        new("vic_TypeOfSexExploitation", "Type of Sex Exploitation"),
        new("vic_LocationOfExploitation", "Location of Exploitation"),
        new("cas_Status", "Status"),
        new("cas_ReferringOrganisation", "Referring Organisation"),
        new("cas_IncomingReferralDate", "Incoming Referral Date"),
        new("cas_ReferringPrimaryCaseWorker", "Referring Primary Case Worker"),
        new("cas_ReasonForIncomingReferral", "Reason for Incoming Referral"),
        new("cas_IncomingReferralDetails", "Incoming Referral Details"),
        new("cas_ReferredOrganisation", "Referred Organisation"),
        new("cas_ReferredPrimaryCaseWorker", "Referred Primary Case Worker"),
        new("cas_ReasonForOutgoingReferral", "Reason for Outgoing Referral"),
        new("cas_OutgoingReferralDate", "Outgoing Referral Date"),
        new("cas_OutgoingReferralDetails", "Outgoing Referral Details"),
        new("cas_ReasonForCaseClosure", "Reason for Case Closure"),
        new("prs_PrimaryLanguage", "Primary Language"),
        new("prs_SecondaryLanguage", "Secondary Language"),
    ];

    /// <summary>Passerelle's own columns, after the standard's.</summary>
    public static readonly IReadOnlyList<HtcdsColumn> Passerelle =
    [
        new(Pas.Reference, "Passerelle reference"),
        new(Pas.Pseudonym, "Pseudonym"),
        new(Pas.Departement, "Département"),
        new(Pas.DetectedOn, "Detection date"),
        new(Pas.BirthYear, "Birth year"),
        new(Pas.EstimatedAge, "Estimated age"),
        new(Pas.AgeDisputed, "Age disputed"),
        new(Pas.ExploitationForms, "Forms of exploitation (Passerelle)"),
        new(Pas.RecruitmentMeans, "Means of recruitment (Passerelle)"),
        new(Pas.Languages, "Languages (ISO 639)"),
        new(Pas.Places, "Places (JSON)"),
    ];

    /// <summary>The columns of the k-anonymous variant: the generalised quasi-identifiers only.</summary>
    public static readonly IReadOnlyList<HtcdsColumn> Anonymised =
    [
        new("prs_Gender", "Gender"),
        new("prs_Citizenship", "Citizenship"),
        new("vic_TypeOfExploitation", "Type of Exploitation"),
        new(Pas.AgeGroup, "Age group"),
        new(Pas.Year, "Year of detection"),
        new(Pas.Departement, "Département or region"),
    ];

    public static readonly IReadOnlyList<HtcdsColumn> Full = [.. Standard, .. Passerelle];

    /// <summary>Names a file may use for a column besides the standard's.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["vic_TraffickinStatusDecisionMakingOrg"] = "vic_TraffickingStatusDecisionMakingOrg",
    };

    public static class Pas
    {
        public const string Reference = "pas_Reference";
        public const string Pseudonym = "pas_Pseudonym";
        public const string Departement = "pas_Departement";
        public const string DetectedOn = "pas_DetectedOn";
        public const string BirthYear = "pas_BirthYear";
        public const string EstimatedAge = "pas_EstimatedAge";
        public const string AgeDisputed = "pas_AgeDisputed";
        public const string ExploitationForms = "pas_ExploitationForms";
        public const string RecruitmentMeans = "pas_RecruitmentMeans";
        public const string Languages = "pas_Languages";
        public const string Places = "pas_Places";
        public const string AgeGroup = "pas_AgeGroup";
        public const string Year = "pas_Year";
    }

    public static byte[] Csv(IReadOnlyList<HtcdsColumn> columns, IEnumerable<IReadOnlyDictionary<string, string?>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord([.. columns.Select(c => c.Name)]);
            csv.WriteRecord([.. columns.Select(c => c.Label)]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. columns.Select(c => row.GetValueOrDefault(c.Name) ?? "")]);
            }
        }

        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    /// <summary>IOM's layout: the field names in row 1 (the header), their labels in row 2, the first case in row 3; text cells only.</summary>
    public static byte[] Xlsx(IReadOnlyList<HtcdsColumn> columns, IEnumerable<IReadOnlyDictionary<string, string?>> rows) =>
        Spreadsheet.Write(
            SheetName,
            [.. columns.Select(c => c.Name)],
            rows.Select(row => (IReadOnlyList<object?>)[.. columns.Select(c => row.GetValueOrDefault(c.Name) ?? "")])
                .Prepend([.. columns.Select(c => c.Label)]));

    public static string Json(IReadOnlyList<HtcdsColumn> columns, IEnumerable<IReadOnlyDictionary<string, string?>> rows) =>
        JsonSerializer.Serialize(rows.Select(row => columns.ToDictionary(c => c.Name, c => row.GetValueOrDefault(c.Name) is { Length: > 0 } value ? value : null)));

    /// <summary>
    /// Reads an HTCDS file (IOM's Excel template or CSV, or Passerelle's export): the row holding the field names
    /// (the first row with at least three known names), a label row just under it if there is one, then the data
    /// rows; rows with no value at all (the template numbers 1,000 empty rows) are skipped. Null when no row of
    /// field names is found.
    /// </summary>
    public static IReadOnlyList<HtcdsSourceRow>? Read(Stream file, bool excel)
    {
        var table = excel ? ReadXlsx(file) : ReadCsv(file);
        var known = Full.Select(c => c.Name).Concat(Aliases.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var headerIndex = table.FindIndex(row => row.Cells.Count(known.Contains) >= 3);
        if (headerIndex < 0)
        {
            return null;
        }

        var names = table[headerIndex].Cells.Select(n => Canonical(n.Trim())).ToList();
        var labels = Full.Select(c => c.Label).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var first = headerIndex + 1;
        if (first < table.Count && table[first].Cells.Count(labels.Contains) >= 3)
        {
            first++;
        }

        var rows = new List<HtcdsSourceRow>();
        foreach (var (number, cells) in table.Skip(first))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < names.Count && c < cells.Count; c++)
            {
                if (names[c].Length > 0 && cells[c].Trim().Length > 0)
                {
                    values[names[c]] = cells[c].Trim();
                }
            }

            if (values.Count > 0)
            {
                rows.Add(new HtcdsSourceRow(number, values));
            }
        }

        return rows;
    }

    private static string Canonical(string name)
    {
        if (Aliases.TryGetValue(name, out var alias))
        {
            return alias;
        }

        return Full.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))?.Name ?? name;
    }

    private sealed record RawRow(int Number, List<string> Cells);

    private static List<RawRow> ReadCsv(Stream file)
    {
        // The separator is detected (a French Excel writes ";"); empty lines are kept so that row numbers are the spreadsheet's.
        var options = new CsvReaderOptions { HasHeader = false, TrimWhitespace = true, SkipEmptyLines = false, DetectSeparatorHint = true };
        using var csv = CsvReader.Create(file, options, leaveOpen: true);
        var rows = new List<RawRow>();
        while (csv.Read())
        {
            rows.Add(new RawRow(rows.Count + 1, [.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]));
        }

        return rows;
    }

    private static List<RawRow> ReadXlsx(Stream file) =>
        [.. Spreadsheet.Read(file, SheetName).Select((cells, index) => new RawRow(index + 1, cells))];
}
