namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>
/// How the published perturbation table is built, so that anyone can check it (docs/statistics-disclosure.md):
/// <list type="bullet">
/// <item>a zero stays zero (an empty cell has no records, hence no key; ABS and ONS leave zeros alone);</item>
/// <item>a count from 1 to <c>smallCounts</c> (js) is published as 0 or js + 1 — the ONS rule for Census 2021, "no 1s
/// and 2s" with js = 2 — with the probabilities that keep it unbiased: P(js + 1) = n / (js + 1);</item>
/// <item>every larger count (rows js + 1 to js + D + 1, the last standing for all larger counts) gets the
/// maximum-entropy noise distribution on the noises that keep |noise| ≤ D and do not land on 1 to js, with mean 0
/// and variance V (Marley and Leaver 2011; Giessing 2016, doi:10.1007/978-3-319-45381-1_18; the approach of the ptable
/// R package, Enderle, Destatis): p(d) ∝ exp(a·d + b·d²), a and b found by Newton's method on the convex dual;</item>
/// <item>probabilities are then turned into whole numbers of cell keys out of the key range by largest remainders,
/// laid out in increasing noise.</item>
/// </list>
/// </summary>
public static class PerturbationTableDesign
{
    public const int DefaultMaxNoise = 3;
    public const double DefaultVariance = 1.0;
    public const int DefaultSmallCounts = 2;

    public static PerturbationTable Create(
        int maxNoise = DefaultMaxNoise, double variance = DefaultVariance, int smallCounts = DefaultSmallCounts, int keyRange = RecordKeys.Range)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNoise, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(smallCounts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(smallCounts, maxNoise);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(variance, 0);
        var transitions = new List<PerturbationTransition>();
        var top = smallCounts + maxNoise + 1;
        for (var count = 0; count <= top; count++)
        {
            var probabilities = count == 0 ? new SortedDictionary<int, double> { [0] = 1 }
                : count <= smallCounts ? new SortedDictionary<int, double> { [-count] = 1 - ((double)count / (smallCounts + 1)), [smallCounts + 1 - count] = (double)count / (smallCounts + 1) }
                : MaximumEntropy([.. Enumerable.Range(-maxNoise, (2 * maxNoise) + 1).Where(d => count + d == 0 || count + d > smallCounts)], variance);
            transitions.AddRange(Quantise(count, probabilities, keyRange));
        }

        return new PerturbationTable(transitions, keyRange);
    }

    /// <summary>The distribution of largest entropy on these noises with mean 0 and the given variance.</summary>
    internal static SortedDictionary<int, double> MaximumEntropy(IReadOnlyList<int> support, double variance)
    {
        // Dual: minimise log Σ exp(a·d + b·d²) − b·V; its gradient is (E[d], E[d²] − V), its Hessian the covariance of (d, d²).
        double a = 0, b = -0.5;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var (p, m1, m2, m3, m4) = Moments(support, a, b);
            var g1 = m1;
            var g2 = m2 - variance;
            if (Math.Abs(g1) < 1e-12 && Math.Abs(g2) < 1e-12)
            {
                return new SortedDictionary<int, double>(support.Select((d, i) => (d, p[i])).ToDictionary(x => x.d, x => x.Item2));
            }

            var h11 = m2 - (m1 * m1);
            var h12 = m3 - (m1 * m2);
            var h22 = m4 - (m2 * m2);
            var det = (h11 * h22) - (h12 * h12);
            var da = -((h22 * g1) - (h12 * g2)) / det;
            var db = -((h11 * g2) - (h12 * g1)) / det;
            var step = 1.0;
            var before = Dual(support, a, b, variance);
            while (step > 1e-6 && Dual(support, a + (step * da), b + (step * db), variance) > before + (1e-4 * step * ((g1 * da) + (g2 * db))))
            {
                step /= 2;
            }

            a += step * da;
            b += step * db;
        }

        throw new InvalidOperationException($"No noise distribution with mean 0 and variance {variance} on {{{string.Join(", ", support)}}}.");
    }

    private static double Dual(IReadOnlyList<int> support, double a, double b, double variance) =>
        Math.Log(support.Sum(d => Math.Exp((a * d) + (b * d * d)))) - (b * variance);

    private static (double[] P, double M1, double M2, double M3, double M4) Moments(IReadOnlyList<int> support, double a, double b)
    {
        var weights = support.Select(d => Math.Exp((a * d) + (b * d * d))).ToArray();
        var z = weights.Sum();
        var p = weights.Select(w => w / z).ToArray();
        double Moment(int k) => support.Select((d, i) => p[i] * Math.Pow(d, k)).Sum();
        return (p, Moment(1), Moment(2), Moment(3), Moment(4));
    }

    /// <summary>Whole numbers of keys per noise (largest remainders), laid out in increasing noise; a noise with no key is left out.</summary>
    private static IEnumerable<PerturbationTransition> Quantise(int count, SortedDictionary<int, double> probabilities, int keyRange)
    {
        var shares = probabilities.Select(p => (Noise: p.Key, Exact: p.Value * keyRange)).ToList();
        var keys = shares.Select(s => (int)Math.Floor(s.Exact)).ToArray();
        var left = keyRange - keys.Sum();
        foreach (var i in Enumerable.Range(0, shares.Count).OrderByDescending(i => shares[i].Exact - keys[i]).ThenBy(i => Math.Abs(shares[i].Noise)).Take(left))
        {
            keys[i]++;
        }

        var from = 0;
        for (var i = 0; i < shares.Count; i++)
        {
            if (keys[i] == 0)
            {
                continue;
            }

            yield return new PerturbationTransition(count, shares[i].Noise, (double)keys[i] / keyRange, from, from + keys[i]);
            from += keys[i];
        }
    }
}
