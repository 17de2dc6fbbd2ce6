namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// The probability that two records of the whole population are one person. With u estimated on random pairs,
/// weights compare a pair with the population, not with the other candidates, so the prior must be the
/// population's too: the expected number of matches among the candidates (pairs blocking never grouped are
/// taken as non-matches) over all possible pairs, solved as a fixed point since each candidate's match
/// probability depends on it.
/// </summary>
public static class PopulationPrior
{
    private const double Floor = 1e-12;

    public static double Estimate(IReadOnlyList<ComparisonPattern> candidates, MatchParameters parameters, long possiblePairs)
    {
        if (possiblePairs <= 0)
        {
            return 0.5;
        }

        var weights = candidates.Select(c => (Weight: parameters.Weight(c.Levels), c.Count)).ToList();
        // From the most matches there can be down to the largest fixed point (0 is always one).
        var prior = Math.Clamp(weights.Sum(w => (double)w.Count) / possiblePairs, Floor, 0.5);
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var logPriorOdds = Math.Log2(prior / (1 - prior));
            var expectedMatches = weights.Sum(w => w.Count / (1 + Math.Pow(2, -(logPriorOdds + w.Weight))));
            var next = Math.Clamp(expectedMatches / possiblePairs, Floor, 0.5);
            if (Math.Abs(next - prior) <= 1e-9 * prior)
            {
                return next;
            }

            prior = next;
        }

        return prior;
    }
}
