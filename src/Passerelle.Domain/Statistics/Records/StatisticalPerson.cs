using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Measures;

namespace Passerelle.Domain.Statistics.Records;

/// <summary>A person with the dimension values and measures resolved from all their records (<see cref="PersonResolution"/>).</summary>
public sealed record StatisticalPerson(string PersonKey, DateOnly FirstDetectedOn)
{
    public Sex Sex { get; init; }
    public int? Age { get; init; }
    public bool PresumedMinor { get; init; }
    public string? Nationality { get; init; }
    public ExploitationForm? ExploitationForm { get; init; }
    public RecruitmentMeans? RecruitmentMeans { get; init; }
    public Htcds.ForcedLabourIndustry? ForcedLabourIndustry { get; init; }
    public Htcds.SexExploitationType? SexExploitationType { get; init; }
    public string? ExploitationCountry { get; init; }
    public string? Departement { get; init; }
    public AgencyType? AgencyType { get; init; }
    public IReadOnlySet<Measure> Reached { get; init; } = new HashSet<Measure>();
    public IReadOnlyDictionary<Measure, decimal> Amounts { get; init; } = new Dictionary<Measure, decimal>();

    /// <summary>
    /// The person's random record key for the cell-key method (<see cref="Disclosure.RecordKeys"/>): drawn once per
    /// person key and stored, never derived from who the person is. <see cref="PersonResolution"/> leaves it at 0; the
    /// caller attaches the stored key.
    /// </summary>
    public int RecordKey { get; init; }

    /// <summary>Whether the person counts in the measure: for an amount measure, whether they have a non-zero amount.</summary>
    public bool CountsIn(Measure measure) => MeasureCatalogue.KindOf(measure) switch
    {
        MeasureKind.Persons => measure == Measure.Registered || Reached.Contains(measure),
        MeasureKind.Amount => AmountOf(measure) != 0,
    };

    public decimal AmountOf(Measure measure) => Amounts.TryGetValue(measure, out var amount) ? amount : 0;
}
