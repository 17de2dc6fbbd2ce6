using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>One distinct comparison vector and how many candidate pairs have it.</summary>
public readonly record struct ComparisonPattern(ulong Levels, long Count);

/// <summary>
/// Pairs estimated with their own match prior, leaving out the fields whose bits are set in
/// <paramref name="LeftOutFields"/>: the pairs one blocking pass grouped agree on its key by construction, so those
/// fields say nothing about m there (Splink's training sessions, one per blocking rule).
/// </summary>
public sealed record EmSession(IReadOnlyList<ComparisonPattern> Patterns, int LeftOutFields = 0);

/// <param name="SessionPriors">The share of matches among each session's pairs.</param>
public sealed record EmResult(MatchParameters Parameters, int Iterations, bool Converged, IReadOnlyList<double> SessionPriors);

/// <summary>
/// Estimates m, u and the match prior from unlabelled comparison vectors with the EM algorithm under the
/// Fellegi–Sunter assumption that fields agree independently given the match status (or, with
/// <see cref="MatchParameters.Conditional"/>, given the fields they depend on). Missing levels carry no
/// information and are left out of both steps. With <see cref="ParameterPriors"/> it is MAP-EM: the priors'
/// pseudo-counts are added at every step.
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
        ParameterPriors? priors = null,
        int maxIterations = 1000,
        double tolerance = 1e-6) =>
        Estimate([new EmSession(patterns)], start, fixU, priors, maxIterations, tolerance);

    /// <summary>Sessions share m (and u) and each has its own prior; the result's prior is their pair-weighted mean.</summary>
    public static EmResult Estimate(
        IReadOnlyList<EmSession> sessions,
        MatchParameters start,
        bool fixU,
        ParameterPriors? priors = null,
        int maxIterations = 1000,
        double tolerance = 1e-6)
    {
        var schema = start.Schema;
        var fields = schema.Fields.Count;
        var m = start.M.Select(a => a.ToArray()).ToArray();
        var u = start.U.Select(a => a.ToArray()).ToArray();
        var conditional = fixU ? start.Conditional : null;
        var sizes = sessions.Select(s => s.Patterns.Sum(p => (double)p.Count)).ToArray();
        var sessionPriors = sessions.Select(_ => start.Prior).ToArray();
        if (sizes.Sum() == 0)
        {
            return new EmResult(start, 0, true, sessionPriors);
        }

        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var current = new MatchParameters(schema, m, u, start.Prior, conditional);
            var mCounts = NewCounts(schema);
            var uCounts = NewCounts(schema);
            var change = 0.0;
            for (var s = 0; s < sessions.Count; s++)
            {
                if (sizes[s] == 0)
                {
                    continue;
                }

                var (leftOut, logPriorOdds) = (sessions[s].LeftOutFields, Math.Log2(sessionPriors[s] / (1 - sessionPriors[s])));
                var matchTotal = 0.0;
                foreach (var pattern in sessions[s].Patterns)
                {
                    var g = 1 / (1 + Math.Pow(2, -(logPriorOdds + current.Weight(pattern.Levels, leftOut))));
                    var matchCount = g * pattern.Count;
                    var nonMatchCount = (1 - g) * pattern.Count;
                    matchTotal += matchCount;
                    for (var f = 0; f < fields; f++)
                    {
                        var level = PackedLevels.Level(pattern.Levels, f);
                        if (level != ComparisonLevel.Missing && (leftOut & (1 << f)) == 0)
                        {
                            mCounts[f][level] += matchCount;
                            uCounts[f][level] += nonMatchCount;
                        }
                    }
                }

                var newPrior = Math.Clamp(matchTotal / sizes[s], Floor, 1 - Floor);
                change = Math.Max(change, Math.Abs(newPrior - sessionPriors[s]));
                sessionPriors[s] = newPrior;
            }

            for (var f = 0; f < fields; f++)
            {
                change = Math.Max(change, Update(m[f], mCounts[f], priors?.M[f], priors?.Strength ?? 0));
                if (!fixU)
                {
                    change = Math.Max(change, Update(u[f], uCounts[f], priors?.U[f], priors?.Strength ?? 0));
                }
            }

            if (change < tolerance)
            {
                return Result(iteration, true);
            }
        }

        return Result(maxIterations, false);

        EmResult Result(int iterations, bool converged)
        {
            var prior = sessionPriors.Zip(sizes, (p, n) => p * n).Sum() / sizes.Sum();
            return new EmResult(new MatchParameters(schema, m, u, prior, conditional), iterations, converged, sessionPriors);
        }
    }

    private static double[][] NewCounts(ComparisonSchema schema) =>
        Enumerable.Range(0, schema.Fields.Count).Select(f => new double[schema.LevelCount(f)]).ToArray();

    private static double Update(double[] probabilities, double[] counts, double[]? prior, double strength)
    {
        if (prior is not null)
        {
            for (var l = 0; l < counts.Length; l++)
            {
                counts[l] += strength * prior[l];
            }
        }

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
