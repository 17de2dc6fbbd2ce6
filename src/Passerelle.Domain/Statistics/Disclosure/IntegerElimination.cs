using System.Numerics;

namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>
/// Exact Gauss–Jordan elimination over the integers (rows kept primitive by dividing out their gcd), so that rank
/// decisions carry no rounding error. Runs on <see cref="long"/> and starts again on <see cref="BigInteger"/> if a
/// coefficient would overflow.
/// </summary>
internal static class IntegerElimination
{
    /// <summary>
    /// The columns whose unknown is fixed by the system <c>A x = b</c> whatever <c>b</c>: those whose unit vector lies
    /// in the row space of <paramref name="rows"/>. In reduced echelon form they are the pivot columns whose row has
    /// no other non-zero coefficient.
    /// </summary>
    public static IReadOnlyList<int> DeterminedColumns(IReadOnlyList<IReadOnlyList<(int Column, int Coefficient)>> rows, int columns)
    {
        try
        {
            return DeterminedColumns<long>(rows, columns);
        }
        catch (OverflowException)
        {
            return DeterminedColumns<BigInteger>(rows, columns);
        }
    }

    private static List<int> DeterminedColumns<T>(IReadOnlyList<IReadOnlyList<(int Column, int Coefficient)>> sparse, int columns)
        where T : IBinaryInteger<T>
    {
        var rows = new T[sparse.Count][];
        for (var r = 0; r < sparse.Count; r++)
        {
            rows[r] = new T[columns];
            foreach (var (column, coefficient) in sparse[r])
            {
                rows[r][column] += T.CreateChecked(coefficient);
            }
        }

        var pivotColumns = new List<int>();
        var next = 0;
        for (var column = 0; column < columns && next < rows.Length; column++)
        {
            var found = -1;
            for (var r = next; r < rows.Length; r++)
            {
                if (!T.IsZero(rows[r][column]))
                {
                    found = r;
                    break;
                }
            }

            if (found < 0)
            {
                continue;
            }

            (rows[next], rows[found]) = (rows[found], rows[next]);
            var pivotRow = rows[next];
            var pivot = pivotRow[column];
            for (var r = 0; r < rows.Length; r++)
            {
                var factor = rows[r][column];
                if (r == next || T.IsZero(factor))
                {
                    continue;
                }

                var row = rows[r];
                for (var k = 0; k < columns; k++)
                {
                    row[k] = checked((row[k] * pivot) - (pivotRow[k] * factor));
                }

                MakePrimitive(row);
            }

            pivotColumns.Add(column);
            next++;
        }

        var determined = new List<int>();
        for (var r = 0; r < pivotColumns.Count; r++)
        {
            if (rows[r].Count(v => !T.IsZero(v)) == 1)
            {
                determined.Add(pivotColumns[r]);
            }
        }

        return determined;
    }

    private static void MakePrimitive<T>(T[] row)
        where T : IBinaryInteger<T>
    {
        var gcd = T.Zero;
        foreach (var value in row)
        {
            if (!T.IsZero(value))
            {
                gcd = Gcd(gcd, T.Abs(value));
                if (gcd == T.One)
                {
                    return;
                }
            }
        }

        if (gcd > T.One)
        {
            for (var k = 0; k < row.Length; k++)
            {
                row[k] /= gcd;
            }
        }
    }

    private static T Gcd<T>(T a, T b)
        where T : IBinaryInteger<T>
    {
        while (!T.IsZero(b))
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
