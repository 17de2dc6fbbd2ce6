using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>One distinct comparison vector and how many candidate pairs have it.</summary>
public readonly record struct ComparisonPattern(ulong Levels, long Count);

public sealed record EmResult(MatchParameters Parameters, int Iterations, bool Converged);

/// <summary>
/// Estimates m, u and the match prior from unlabelled comparison vectors with the EM algorithm under the
/// Fellegi–Sunter assumption that fields agree independently given the match status. Missing levels carry no
/// information and are left out of both steps.
/// </summary>
public static class ExpectationMaximisation
{
    // Keeps every probability away from 0 so that a weight is always finite.
    private const double Floor = 1e-6;

    /// <param name="fixU">Keep u as given (estimated on random pairs) and estimate only m and the prior.</param>
    public static EmResult Estimate(
        IReadOnlyList<ComparisonPattern> patterns,
        MatchParameters start,
        bool fixU,
        int maxIterations = 1000,
        double tolerance = 1e-6)
    {
        var schema = start.Schema;
        var fields = schema.Fields.Count;
        var m = start.M.Select(a => a.ToArray()).ToArray();
        var u = start.U.Select(a => a.ToArray()).ToArray();
        var prior = start.Prior;
        var total = patterns.Sum(p => (double)p.Count);
        if (total == 0)
        {
            return new EmResult(start, 0, true);
        }

        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var mCounts = NewCounts(schema);
            var uCounts = NewCounts(schema);
            var matchTotal = 0.0;
            foreach (var pattern in patterns)
            {
                double logMatch = Math.Log(prior), logNonMatch = Math.Log(1 - prior);
                for (var f = 0; f < fields; f++)
                {
                    var level = PackedLevels.Level(pattern.Levels, f);
                    if (level != ComparisonLevel.Missing)
                    {
                        logMatch += Math.Log(m[f][level]);
                        logNonMatch += Math.Log(u[f][level]);
                    }
                }

                var g = 1 / (1 + Math.Exp(logNonMatch - logMatch));
                var matchCount = g * pattern.Count;
                var nonMatchCount = (1 - g) * pattern.Count;
                matchTotal += matchCount;
                for (var f = 0; f < fields; f++)
                {
                    var level = PackedLevels.Level(pattern.Levels, f);
                    if (level != ComparisonLevel.Missing)
                    {
                        mCounts[f][level] += matchCount;
                        uCounts[f][level] += nonMatchCount;
                    }
                }
            }

            var change = 0.0;
            for (var f = 0; f < fields; f++)
            {
                change = Math.Max(change, Update(m[f], mCounts[f]));
                if (!fixU)
                {
                    change = Math.Max(change, Update(u[f], uCounts[f]));
                }
            }

            var newPrior = Math.Clamp(matchTotal / total, Floor, 1 - Floor);
            change = Math.Max(change, Math.Abs(newPrior - prior));
            prior = newPrior;
            if (change < tolerance)
            {
                return new EmResult(new MatchParameters(schema, m, u, prior), iteration, true);
            }
        }

        return new EmResult(new MatchParameters(schema, m, u, prior), maxIterations, false);
    }

    private static double[][] NewCounts(ComparisonSchema schema) =>
        Enumerable.Range(0, schema.Fields.Count).Select(f => new double[schema.LevelCount(f)]).ToArray();

    private static double Update(double[] probabilities, double[] counts)
    {
        var sum = counts.Sum();
        if (sum <= 0)
        {
            return 0;
        }

        var updated = counts.Select(c => Math.Max(c / sum, Floor)).ToArray();
        MatchParameters.Normalise(updated);
        var change = 0.0;
        for (var l = 0; l < probabilities.Length; l++)
        {
            change = Math.Max(change, Math.Abs(updated[l] - probabilities[l]));
            probabilities[l] = updated[l];
        }

        return change;
    }
}
