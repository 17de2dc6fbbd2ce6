namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>Quality of blocking against known true pairs (benchmarks and tests; production has no truth).</summary>
public static class BlockingEvaluation
{
    /// <summary>Share of the true pairs that blocking kept as candidates.</summary>
    public static double PairCompleteness(CandidatePairs candidates, IReadOnlyCollection<(int Left, int Right)> truePairs)
    {
        if (truePairs.Count == 0)
        {
            return 1;
        }

        var kept = candidates.Pairs.Select(p => PairKey.Of(p.Left, p.Right)).ToHashSet();
        return truePairs.Count(p => kept.Contains(PairKey.Of(p.Left, p.Right))) / (double)truePairs.Count;
    }

    /// <summary>Share of all possible pairs that blocking removed.</summary>
    public static double ReductionRatio(long candidatePairs, long possiblePairs) =>
        possiblePairs == 0 ? 0 : 1 - (candidatePairs / (double)possiblePairs);
}
