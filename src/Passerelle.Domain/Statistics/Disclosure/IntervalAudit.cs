using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>
/// The bounds a reader derives for each suppressed cell from the published cells, the table's relations and what the
/// suppression itself says: zeros are published, so a suppressed cell counts at least one person. Every relation
/// (a line summing to its margin) narrows each of its cells to what the others leave room for, and the narrowing
/// is repeated until nothing moves (interval constraint propagation). For a single relation, and so for any 1-D
/// table, the bounds are exactly the feasible integer range; in 2-D and 3-D tables they may be wider than the exact
/// range, which the property tests check against an exhaustive attacker.
/// </summary>
public static class IntervalAudit
{
    /// <summary>No upper bound.</summary>
    public const long Unbounded = long.MaxValue;

    private const int MaxSweeps = 100_000;

    /// <summary>The number of possible values a primary cell must keep: every count from 1 to threshold − 1, and at least two.</summary>
    public static int RequiredWidth(int threshold) => Math.Max(threshold - 1, 2);

    /// <param name="persons">The true counts; only the published ones are read.</param>
    public static (long Low, long High)[] Bounds(TableShape shape, IReadOnlyList<int> persons, IReadOnlyList<bool> suppressed)
    {
        var low = new long[shape.Length];
        var high = new long[shape.Length];
        for (var i = 0; i < shape.Length; i++)
        {
            (low[i], high[i]) = suppressed[i] ? (1L, Unbounded) : (persons[i], persons[i]);
        }

        var equations = shape.Equations.Where(e => e.Cells.Any(c => suppressed[c])).ToList();
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            var changed = false;
            foreach (var equation in equations)
            {
                changed |= Narrow(equation, low, high);
            }

            if (!changed)
            {
                break;
            }
        }

        return [.. Enumerable.Range(0, shape.Length).Select(i => (low[i], high[i]))];
    }

    /// <summary>
    /// The first suppressed cell whose bounds are too narrow: a primary cell with fewer than
    /// <see cref="RequiredWidth"/> possible values, or any suppressed cell with a single one. Null when none is.
    /// </summary>
    public static int? FirstNarrowCell(TableShape shape, IReadOnlyList<int> persons, IReadOnlyList<bool> suppressed, int threshold)
    {
        var bounds = Bounds(shape, persons, suppressed);
        for (var i = 0; i < shape.Length; i++)
        {
            if (suppressed[i] && IsNarrow(bounds[i], persons[i], threshold))
            {
                return i;
            }
        }

        return null;
    }

    internal static bool IsNarrow((long Low, long High) bounds, int persons, int threshold)
    {
        var need = persons < threshold ? RequiredWidth(threshold) : 2;
        return bounds.High != Unbounded && bounds.High - bounds.Low + 1 < need;
    }

    private static bool Narrow(TableEquation equation, long[] low, long[] high)
    {
        var changed = false;
        var total = equation.Total;
        long sumLow = 0, sumHigh = 0;
        var unboundedParts = 0;
        foreach (var part in equation.Parts)
        {
            sumLow += low[part];
            if (high[part] == Unbounded)
            {
                unboundedParts++;
            }
            else
            {
                sumHigh += high[part];
            }
        }

        // The total lies between the sums of its parts' bounds.
        changed |= Raise(low, total, sumLow);
        if (unboundedParts == 0)
        {
            changed |= Lower(high, total, low, sumHigh);
        }

        // A part is the total less the others.
        foreach (var part in equation.Parts)
        {
            var othersUnbounded = unboundedParts - (high[part] == Unbounded ? 1 : 0);
            if (othersUnbounded == 0)
            {
                var othersHigh = sumHigh - (high[part] == Unbounded ? 0 : high[part]);
                changed |= Raise(low, part, low[total] - othersHigh);
            }

            if (high[total] != Unbounded)
            {
                changed |= Lower(high, part, low, high[total] - (sumLow - low[part]));
            }
        }

        return changed;
    }

    private static bool Raise(long[] low, int cell, long value)
    {
        if (value <= low[cell])
        {
            return false;
        }

        low[cell] = value;
        return true;
    }

    private static bool Lower(long[] high, int cell, long[] low, long value)
    {
        // The true table is feasible, so a bound never crosses the other; this keeps them ordered whatever the sweep order.
        value = Math.Max(value, low[cell]);
        if (value >= high[cell])
        {
            return false;
        }

        high[cell] = value;
        return true;
    }
}
