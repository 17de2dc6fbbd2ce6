namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// Thresholds for Dice coefficients estimated from the candidate pairs themselves, without labels: a
/// two-component Gaussian mixture fitted by EM (matches near 1, non-matches lower); a threshold is the Dice at
/// which the posterior match probability reaches the wanted level. An encoding carries one similarity only,
/// so Fellegi–Sunter field weights do not apply; the mixture plays the role of the EM prior.
/// </summary>
public sealed record DiceMixture(
    double MatchMean, double MatchDeviation, double NonMatchMean, double NonMatchDeviation, double Prior, int Iterations)
{
    private const double MinimumDeviation = 0.005;

    public static DiceMixture Fit(IReadOnlyList<double> scores, int maxIterations = 500, double tolerance = 1e-7)
    {
        if (scores.Count < 2)
        {
            return new DiceMixture(1, 0.05, 0, 0.05, 0.5, 0);
        }

        var sorted = scores.Order().ToArray();
        // Start from the upper tail as matches and the bulk as non-matches.
        var mixture = new DiceMixture(
            Math.Max(sorted[^1] - 0.05, 0.5), 0.05, sorted[sorted.Length / 2], 0.1, 0.1, 0);
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            double weight = 0, sum = 0, squares = 0, otherWeight = 0, otherSum = 0, otherSquares = 0;
            foreach (var score in scores)
            {
                var g = mixture.Posterior(score);
                (weight, sum, squares) = (weight + g, sum + (g * score), squares + (g * score * score));
                var h = 1 - g;
                (otherWeight, otherSum, otherSquares) = (otherWeight + h, otherSum + (h * score), otherSquares + (h * score * score));
            }

            var matchMean = sum / Math.Max(weight, 1e-12);
            var nonMatchMean = otherSum / Math.Max(otherWeight, 1e-12);
            var next = new DiceMixture(
                matchMean,
                Deviation(squares, weight, matchMean),
                nonMatchMean,
                Deviation(otherSquares, otherWeight, nonMatchMean),
                Math.Clamp(weight / scores.Count, 1e-9, 1 - 1e-9),
                iteration);
            var change = Math.Max(Math.Abs(next.MatchMean - mixture.MatchMean), Math.Abs(next.Prior - mixture.Prior));
            mixture = next;
            if (change < tolerance)
            {
                break;
            }
        }

        return mixture;
    }

    public double Posterior(double dice)
    {
        var match = Prior * Density(dice, MatchMean, MatchDeviation);
        var nonMatch = (1 - Prior) * Density(dice, NonMatchMean, NonMatchDeviation);
        return match + nonMatch == 0 ? (dice > MatchMean ? 1 : 0) : match / (match + nonMatch);
    }

    /// <summary>The smallest Dice between the two means whose posterior reaches <paramref name="probability"/>.</summary>
    public double Threshold(double probability)
    {
        for (var dice = NonMatchMean; dice <= MatchMean; dice += 0.0005)
        {
            if (Posterior(dice) >= probability)
            {
                return dice;
            }
        }

        return MatchMean;
    }

    private static double Deviation(double squares, double weight, double mean) =>
        Math.Max(Math.Sqrt(Math.Max((squares / Math.Max(weight, 1e-12)) - (mean * mean), 0)), MinimumDeviation);

    private static double Density(double x, double mean, double deviation)
    {
        var z = (x - mean) / deviation;
        return Math.Exp(-0.5 * z * z) / deviation;
    }
}
