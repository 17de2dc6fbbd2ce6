using System.Globalization;
using System.Reflection;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Records;
using Passerelle.Domain.Texts;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// The columns both projections share: one category code per dimension (the <c>by</c> names of the API, in
/// PascalCase) and one column per measure (named after <see cref="Measure"/>): a flag for a persons measure, euros for
/// an amount measure. Column names are the enum names so the aggregation can address them without a mapping table.
/// </summary>
public abstract class StatisticsRow
{
    public string PersonKey { get; set; } = "";
    public DateOnly DetectedOn { get; set; }
    public int? Age { get; set; }
    public bool PresumedMinor { get; set; }

    public int Year { get; set; }
    public string Quarter { get; set; } = "";
    public string Sex { get; set; } = "";
    public string AgeGroup { get; set; } = "";
    public string ChildOrAdult { get; set; } = "";
    public string Nationality { get; set; } = "";
    public string NationalityGroup { get; set; } = "";
    public string ExploitationForm { get; set; } = "";
    public string RecruitmentMeans { get; set; } = "";
    public string ForcedLabourIndustry { get; set; } = "";
    public string SexExploitationType { get; set; } = "";
    public string ExploitationCountry { get; set; } = "";
    public string Departement { get; set; } = "";
    public string Region { get; set; } = "";
    public string AgencyType { get; set; } = "";

    public bool Registered { get; set; }
    public bool Screened { get; set; }
    public bool RgPositive { get; set; }
    public bool CgPositive { get; set; }
    public bool Assisted { get; set; }
    public bool Sheltered { get; set; }
    public bool ReflectionPeriods { get; set; }
    public bool ResidencePermits { get; set; }
    public bool ResidencePermitsFirst { get; set; }
    public bool ResidencePermitsRenewal { get; set; }
    public bool Aps { get; set; }
    public bool ExitPathway { get; set; }
    public bool Complaints { get; set; }
    public bool CompensationClaimed { get; set; }
    public bool CompensationGranted { get; set; }
    public decimal CompensationClaimedAmount { get; set; }
    public decimal CompensationGrantedAmount { get; set; }
    public decimal Confiscations { get; set; }
    public bool ChildrenMissing { get; set; }
    public bool ChargedTrafficking { get; set; }
    public bool ChargedProcuring { get; set; }
    public bool ChargedBoth { get; set; }
    public bool Prosecuted { get; set; }
    public bool Convicted { get; set; }

    private static readonly Dictionary<Measure, PropertyInfo> MeasureColumns = Enum.GetValues<Measure>()
        .ToDictionary(m => m, m => typeof(StatisticsRow).GetProperty(m.ToString())!);

    /// <summary>The column of a dimension or measure, as named in SQL.</summary>
    public static string ColumnOf(StatisticalDimension dimension) => dimension.ToString();

    public static string ColumnOf(Measure measure) => MeasureColumns[measure].Name;

    /// <summary>Fills the columns from a person (resolved, or a single record seen as one).</summary>
    public void Fill(StatisticalPerson person)
    {
        PersonKey = person.PersonKey;
        DetectedOn = person.FirstDetectedOn;
        Age = person.Age;
        PresumedMinor = person.PresumedMinor;
        Year = person.FirstDetectedOn.Year;
        foreach (var dimension in StatisticalDimensions.All.Where(d => d != StatisticalDimension.Year))
        {
            typeof(StatisticsRow).GetProperty(ColumnOf(dimension))!.SetValue(this, StatisticalDimensions.CategoryOf(dimension, person));
        }

        foreach (var definition in MeasureCatalogue.All)
        {
            var column = MeasureColumns[definition.Measure];
            if (definition.Kind == MeasureKind.Amount)
            {
                column.SetValue(this, person.AmountOf(definition.Measure));
            }
            else
            {
                column.SetValue(this, person.CountsIn(definition.Measure));
            }
        }
    }

    /// <summary>Back to the domain's record, so that persons are resolved by <see cref="PersonResolution"/> and nothing else.</summary>
    public StatisticalRecord ToRecord(string caseKey) => new(PersonKey, caseKey, DetectedOn)
    {
        Sex = KebabCase.TryParse<Sex>(Sex, out var sex) ? sex : Domain.Cases.Sex.Unknown,
        Age = Age,
        PresumedMinor = PresumedMinor,
        Nationality = Known(Nationality),
        ExploitationForm = KebabCase.TryParse<ExploitationForm>(ExploitationForm, out var form) ? form : null,
        RecruitmentMeans = KebabCase.TryParse<RecruitmentMeans>(RecruitmentMeans, out var means) ? means : null,
        ForcedLabourIndustry = KebabCase.TryParse<Domain.Htcds.ForcedLabourIndustry>(ForcedLabourIndustry, out var industry) ? industry : null,
        SexExploitationType = KebabCase.TryParse<Domain.Htcds.SexExploitationType>(SexExploitationType, out var sexType) ? sexType : null,
        ExploitationCountry = Known(ExploitationCountry),
        Departement = Known(Departement),
        AgencyType = KebabCase.TryParse<AgencyType>(AgencyType, out var agency) ? agency : null,
        Reached = MeasureCatalogue.All
            .Where(d => d.Kind == MeasureKind.Persons && (bool)MeasureColumns[d.Measure].GetValue(this)!)
            .Select(d => d.Measure)
            .ToHashSet(),
        Amounts = MeasureCatalogue.All
            .Where(d => d.Kind == MeasureKind.Amount && (decimal)MeasureColumns[d.Measure].GetValue(this)! != 0)
            .ToDictionary(d => d.Measure, d => (decimal)MeasureColumns[d.Measure].GetValue(this)!),
    };

    public static string Code(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string? Known(string code) => code == Category.UnknownCode || code.Length == 0 ? null : code;
}

/// <summary>One row per case: the case's own record, as <see cref="StatisticalRecord"/> describes it.</summary>
public sealed class StatisticsCaseRow : StatisticsRow
{
    public Guid CaseId { get; set; }
}

/// <summary>
/// One row per person key, resolved from all the person's case rows by the domain's <see cref="PersonResolution"/>:
/// the materialised aggregate the dashboard groups, so that counting rows is counting distinct persons.
/// </summary>
public sealed class StatisticsPersonRow : StatisticsRow
{
    /// <summary>A copy of the person's stored <see cref="StatisticsRecordKey"/>, summed per cell by the cell-key method.</summary>
    public int RecordKey { get; set; }
}

/// <summary>
/// The random record key of one person key for the cell-key method (<see cref="Domain.Statistics.Disclosure.RecordKeys"/>):
/// drawn once when the person key first reaches the statistics and kept when the projections are rebuilt, so the same
/// person always adds the same key to every cell. Drawn from a cryptographic generator, never from the identity.
/// </summary>
public sealed class StatisticsRecordKey
{
    public string PersonKey { get; set; } = "";
    public int Key { get; set; }
}
