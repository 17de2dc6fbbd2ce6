using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>Scores any two records with estimated parameters, applying the exact-identifier rule.</summary>
public sealed class PairScorer(
    IReadOnlyList<StandardisedRecord> records,
    RecordComparator comparator,
    MatchParameters parameters,
    MatchThresholds thresholds,
    bool identifierRule)
{
    /// <summary>True when both records carry the same identifier and the rule is on.</summary>
    public bool RuleApplies(int left, int right) =>
        identifierRule && records[left].Identifier.Length > 0 && records[left].Identifier == records[right].Identifier;

    public double Score(int left, int right)
    {
        Span<byte> levels = stackalloc byte[comparator.Schema.Fields.Count];
        comparator.Compare(records[left], records[right], levels);
        var weight = parameters.Weight(PackedLevels.Pack(levels));
        return RuleApplies(left, right) ? Math.Max(weight, thresholds.Match) : weight;
    }
}
