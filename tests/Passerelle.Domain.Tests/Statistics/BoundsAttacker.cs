using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Tests.Statistics;

/// <summary>
/// An attacker who uses the bounds as well as the equations, written independently of the production audit: the
/// published cells are constants, every suppressed cell an integer unknown of at least 1 (zeros are published) and at
/// most <c>cap</c>, and every line of the table with its margin an equation. For each suppressed cell it finds the
/// smallest and largest value over all integer tables that fit, by exhaustive search (depth-first, splitting domains
/// in halves, pruned by bounds reasoning on each equation). Exponential in general, fine on small tables.
/// </summary>
internal static class BoundsAttacker
{
    /// <param name="published">The published value of each cell, null when suppressed.</param>
    /// <param name="cap">An upper bound for every unknown, above any true count: a range reaching it is open-ended.</param>
    public static Dictionary<int, (long Min, long Max)> Ranges(TableShape shape, IReadOnlyList<long?> published, long cap)
    {
        var unknowns = Enumerable.Range(0, shape.Length).Where(i => published[i] is null).ToList();
        var variable = unknowns.Select((cell, v) => (cell, v)).ToDictionary(p => p.cell, p => p.v);
        var equations = new List<Equation>();
        foreach (var equation in shape.Equations)
        {
            var terms = new List<(int Variable, int Sign)>();
            long constant = 0;
            foreach (var (cell, sign) in equation.Parts.Select(p => (p, 1)).Append((equation.Total, -1)))
            {
                if (published[cell] is { } value)
                {
                    constant += sign * value;
                }
                else
                {
                    terms.Add((variable[cell], sign));
                }
            }

            if (terms.Count > 0)
            {
                equations.Add(new Equation(terms, constant));
            }
        }

        var low = unknowns.Select(_ => 1L).ToArray();
        var high = unknowns.Select(_ => cap).ToArray();
        var ranges = new Dictionary<int, (long Min, long Max)>();
        if (!Propagate(equations, low, high))
        {
            throw new InvalidOperationException("The published table has no solution.");
        }

        for (var v = 0; v < unknowns.Count; v++)
        {
            var min = low[v];
            while (!FeasibleWith(equations, low, high, v, min))
            {
                min++;
            }

            var max = high[v];
            while (!FeasibleWith(equations, low, high, v, max))
            {
                max--;
            }

            ranges[unknowns[v]] = (min, max);
        }

        return ranges;
    }

    private sealed record Equation(List<(int Variable, int Sign)> Terms, long Constant);

    private static bool FeasibleWith(List<Equation> equations, long[] low, long[] high, int v, long value)
    {
        var l = (long[])low.Clone();
        var h = (long[])high.Clone();
        l[v] = h[v] = value;
        return Feasible(equations, l, h);
    }

    private static bool Feasible(List<Equation> equations, long[] low, long[] high)
    {
        if (!Propagate(equations, low, high))
        {
            return false;
        }

        var split = -1;
        for (var v = 0; v < low.Length; v++)
        {
            if (low[v] < high[v] && (split < 0 || high[v] - low[v] < high[split] - low[split]))
            {
                split = v;
            }
        }

        if (split < 0)
        {
            return equations.All(e => e.Constant + e.Terms.Sum(t => t.Sign * low[t.Variable]) == 0);
        }

        var middle = low[split] + ((high[split] - low[split]) / 2);
        var l = (long[])low.Clone();
        var h = (long[])high.Clone();
        h[split] = middle;
        if (Feasible(equations, l, h))
        {
            return true;
        }

        l = (long[])low.Clone();
        h = (long[])high.Clone();
        l[split] = middle + 1;
        return Feasible(equations, l, h);
    }

    /// <summary>Σ sign·x + constant = 0: each x lies where the other terms' extremes leave it. False if a domain empties.</summary>
    private static bool Propagate(List<Equation> equations, long[] low, long[] high)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var equation in equations)
            {
                long least = equation.Constant, most = equation.Constant;
                foreach (var (v, sign) in equation.Terms)
                {
                    least += sign > 0 ? low[v] : -high[v];
                    most += sign > 0 ? high[v] : -low[v];
                }

                foreach (var (v, sign) in equation.Terms)
                {
                    // The others range over [least − mine, most − mine]; sign·x = −others.
                    var mineLeast = sign > 0 ? low[v] : -high[v];
                    var mineMost = sign > 0 ? high[v] : -low[v];
                    var othersLeast = least - mineLeast;
                    var othersMost = most - mineMost;
                    var (from, to) = sign > 0 ? (-othersMost, -othersLeast) : (othersLeast, othersMost);
                    if (from > low[v])
                    {
                        low[v] = from;
                        changed = true;
                    }

                    if (to < high[v])
                    {
                        high[v] = to;
                        changed = true;
                    }

                    if (low[v] > high[v])
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
