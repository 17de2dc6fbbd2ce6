using System.Numerics;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Tests.Statistics;

/// <summary>
/// What an attacker can recompute, written independently of the production check: the published cells are
/// constants, the suppressed cells unknowns, and every line of the table with its margin is an equation. A suppressed
/// cell is recomputable exactly when adding its unit vector to the equations' matrix does not raise the rank.
/// Ranks by fraction-free (Bareiss) elimination over big integers: no rounding, no overflow.
/// </summary>
internal static class AttackerSolver
{
    public static List<int> RecomputableCells(TableShape shape, IReadOnlyList<bool> suppressed)
    {
        var unknowns = Enumerable.Range(0, shape.Length).Where(i => suppressed[i]).ToList();
        var matrix = new List<BigInteger[]>();
        foreach (var equation in shape.Equations)
        {
            var row = new BigInteger[unknowns.Count];
            foreach (var part in equation.Parts)
            {
                var u = unknowns.IndexOf(part);
                if (u >= 0)
                {
                    row[u] += 1;
                }
            }

            var t = unknowns.IndexOf(equation.Total);
            if (t >= 0)
            {
                row[t] -= 1;
            }

            if (row.Any(v => !v.IsZero))
            {
                matrix.Add(row);
            }
        }

        var rank = Rank(matrix, unknowns.Count);
        var recomputable = new List<int>();
        for (var u = 0; u < unknowns.Count; u++)
        {
            var unit = new BigInteger[unknowns.Count];
            unit[u] = 1;
            if (Rank([.. matrix, unit], unknowns.Count) == rank)
            {
                recomputable.Add(unknowns[u]);
            }
        }

        return recomputable;
    }

    private static int Rank(List<BigInteger[]> source, int columns)
    {
        var m = source.Select(r => (BigInteger[])r.Clone()).ToArray();
        var previous = BigInteger.One;
        var rank = 0;
        for (var c = 0; c < columns && rank < m.Length; c++)
        {
            var pivot = Array.FindIndex(m, rank, r => !r[c].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var i = rank + 1; i < m.Length; i++)
            {
                for (var j = c + 1; j < columns; j++)
                {
                    var numerator = (m[i][j] * m[rank][c]) - (m[i][c] * m[rank][j]);
                    var quotient = BigInteger.DivRem(numerator, previous, out var remainder);
                    if (!remainder.IsZero)
                    {
                        throw new InvalidOperationException("Bareiss division was not exact.");
                    }

                    m[i][j] = quotient;
                }

                m[i][c] = BigInteger.Zero;
            }

            previous = m[rank][c];
            rank++;
        }

        return rank;
    }
}
