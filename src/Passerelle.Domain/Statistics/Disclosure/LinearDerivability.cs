using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>
/// Which suppressed cells an attacker can recompute exactly from the published cells and the table's additive
/// relations (every line sums to its margin). A suppressed cell is derivable exactly when its unit vector lies in
/// the row space of the relations restricted to the suppressed unknowns: the published values then fix it, whatever
/// they are. Checked per group of suppressed cells linked by shared relations, as groups do not interact.
/// </summary>
public static class LinearDerivability
{
    public static IReadOnlyList<int> DerivableCells(TableShape shape, IReadOnlyList<bool> suppressed)
    {
        var unknowns = Enumerable.Range(0, shape.Length).Where(i => suppressed[i]).ToList();
        if (unknowns.Count == 0)
        {
            return [];
        }

        var column = new Dictionary<int, int>();
        for (var c = 0; c < unknowns.Count; c++)
        {
            column[unknowns[c]] = c;
        }

        var relations = new List<List<(int Column, int Coefficient)>>();
        var groups = new DisjointSets(unknowns.Count);
        foreach (var equation in shape.Equations)
        {
            var row = new List<(int Column, int Coefficient)>();
            foreach (var part in equation.Parts)
            {
                if (suppressed[part])
                {
                    row.Add((column[part], 1));
                }
            }

            if (suppressed[equation.Total])
            {
                row.Add((column[equation.Total], -1));
            }

            if (row.Count == 0)
            {
                continue;
            }

            for (var k = 1; k < row.Count; k++)
            {
                groups.Union(row[0].Column, row[k].Column);
            }

            relations.Add(row);
        }

        var derivable = new List<int>();
        foreach (var group in relations.GroupBy(r => groups.Find(r[0].Column)))
        {
            var members = Enumerable.Range(0, unknowns.Count).Where(c => groups.Find(c) == group.Key).ToList();
            var local = new Dictionary<int, int>();
            for (var i = 0; i < members.Count; i++)
            {
                local[members[i]] = i;
            }

            var rows = group.Select(r => (IReadOnlyList<(int, int)>)[.. r.Select(e => (local[e.Column], e.Coefficient))]).ToList();
            derivable.AddRange(IntegerElimination.DeterminedColumns(rows, members.Count).Select(c => unknowns[members[c]]));
        }

        derivable.Sort();
        return derivable;
    }

    private sealed class DisjointSets(int count)
    {
        private readonly int[] parent = [.. Enumerable.Range(0, count)];

        public int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        public void Union(int a, int b) => parent[Find(a)] = Find(b);
    }
}
