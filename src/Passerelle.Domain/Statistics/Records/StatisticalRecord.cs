using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Measures;

namespace Passerelle.Domain.Statistics.Records;

/// <summary>
/// One case as the statistics see it: one row per (person key, case). Until cross-agency linkage sets it, the
/// person key is the case's own key; once linkage runs, every case of one person carries the same key and the
/// statistics count that person once (<see cref="PersonResolution"/>).
/// </summary>
/// <param name="DetectedOn">The date the case's agency detected the person: it orders a person's records and gives the year.</param>
public sealed record StatisticalRecord(string PersonKey, string CaseKey, DateOnly DetectedOn)
{
    public Sex Sex { get; init; }

    /// <summary>Age in whole years at detection, from the date or year of birth or the estimate.</summary>
    public int? Age { get; init; }

    /// <summary>The age is disputed and the person is protected as a child until it is assessed.</summary>
    public bool PresumedMinor { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the nationality.</summary>
    public string? Nationality { get; init; }

    /// <summary>The main form: the first one recorded, so that each person falls in one category and tables add up.</summary>
    public ExploitationForm? ExploitationForm { get; init; }

    public RecruitmentMeans? RecruitmentMeans { get; init; }

    /// <summary>The economic sector of forced labour (HTCDS <c>vic_ForcedLabourIndustry</c>, seed report ¶34).</summary>
    public Htcds.ForcedLabourIndustry? ForcedLabourIndustry { get; init; }

    /// <summary>The type of sexual exploitation (HTCDS <c>vic_TypeOfSexExploitation</c>): the first recorded.</summary>
    public Htcds.SexExploitationType? SexExploitationType { get; init; }

    /// <summary>The country (ISO 3166-1 alpha-2) of the first place of exploitation recorded (HTCDS <c>hte_Country</c>).</summary>
    public string? ExploitationCountry { get; init; }

    /// <summary>Code of the département where the exploitation took place (or, failing it, of detection).</summary>
    public string? Departement { get; init; }

    /// <summary>The type of the agency that holds the case.</summary>
    public AgencyType? AgencyType { get; init; }

    /// <summary>The person-count measures this case reached; <see cref="Measure.Registered"/> is implied.</summary>
    public IReadOnlySet<Measure> Reached { get; init; } = new HashSet<Measure>();

    /// <summary>Amounts in euros for the amount measures (compensation claimed and granted, confiscations).</summary>
    public IReadOnlyDictionary<Measure, decimal> Amounts { get; init; } = new Dictionary<Measure, decimal>();
}
