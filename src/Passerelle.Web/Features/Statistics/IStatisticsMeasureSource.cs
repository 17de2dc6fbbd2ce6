using Passerelle.Domain.Statistics.Measures;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// One feature's contribution to the measures of a case's statistical record (screened, sheltered, compensation…).
/// Each feature that stores such facts registers one (a singleton: it gets the context it reads from); the
/// projection gathers them all. A new measure source is all a feature needs to feed the statistics.
/// </summary>
public interface IStatisticsMeasureSource
{
    Task AddToAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, MeasureFacts facts, CancellationToken ct);
}

/// <summary>
/// What the measure sources say of a batch of cases: the measures each reached and its amounts; and what a source
/// may need of the cases themselves, so that none reads a case again (one write path: the case was just saved).
/// </summary>
public sealed class MeasureFacts(IReadOnlyDictionary<Guid, IReadOnlyList<Domain.Cases.ExploitationForm>>? exploitationForms = null)
{
    private readonly Dictionary<Guid, HashSet<Measure>> reached = [];

    /// <summary>The case's forms of exploitation as the projection holds them (none for a case not in the batch).</summary>
    public IReadOnlyList<Domain.Cases.ExploitationForm> ExploitationFormsOf(Guid caseId) =>
        exploitationForms?.GetValueOrDefault(caseId) ?? [];
    private readonly Dictionary<Guid, Dictionary<Measure, decimal>> amounts = [];

    public void Reach(Guid caseId, Measure measure)
    {
        if (MeasureCatalogue.KindOf(measure) != MeasureKind.Persons)
        {
            throw new ArgumentException($"{measure} is an amount: use Add.", nameof(measure));
        }

        (reached.TryGetValue(caseId, out var set) ? set : reached[caseId] = []).Add(measure);
    }

    /// <summary>Adds euros to an amount measure of the case (several judgements of one case add up).</summary>
    public void Add(Guid caseId, Measure measure, decimal euros)
    {
        if (MeasureCatalogue.KindOf(measure) != MeasureKind.Amount)
        {
            throw new ArgumentException($"{measure} counts persons: use Reach.", nameof(measure));
        }

        var ofCase = amounts.TryGetValue(caseId, out var found) ? found : amounts[caseId] = [];
        ofCase[measure] = ofCase.GetValueOrDefault(measure) + euros;
    }

    public IReadOnlySet<Measure> ReachedBy(Guid caseId) => reached.TryGetValue(caseId, out var set) ? set : new HashSet<Measure>();

    public IReadOnlyDictionary<Measure, decimal> AmountsOf(Guid caseId) =>
        amounts.TryGetValue(caseId, out var found) ? found : new Dictionary<Measure, decimal>();
}
