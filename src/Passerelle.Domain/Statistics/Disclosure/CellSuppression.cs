using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>
/// Primary and complementary cell suppression on a table with all its margins.
/// <list type="number">
/// <item>Primary: every cell (margins included) counting from 1 to threshold − 1 persons. Zeros are published.</item>
/// <item>Line rule: while some relation (a line and its margin) holds exactly one suppressed cell, suppress another
/// cell of it: a non-zero, unsuppressed one, inner cells before margins, and among those the one that also completes
/// the most other such relations, then the smallest.</item>
/// <item>Exact audit: the line rule is not enough (a cell can be isolated by a chain of relations), so the exact check
/// of <see cref="LinearDerivability"/> runs; while a suppressed cell is derivable, one more cell sharing a relation
/// with it is suppressed (the cheapest that makes it underivable, if one does), then the line rule runs again.</item>
/// <item>Interval audit: a reader also knows that a suppressed cell counts at least one person (zeros are published)
/// and at most what its lines leave room for; two cells of 1 suppressed in a line are 1 each, though no equation
/// gives them. <see cref="IntervalAudit"/> derives those bounds line by line; while a primary cell has fewer than
/// max(threshold − 1, 2) possible values (or any suppressed cell a single one), one more cell sharing a relation with
/// it is suppressed (the cheapest that widens it enough, if one does), and the rules run again.</item>
/// </list>
/// What is guaranteed: no suppressed cell is a linear function of the published cells; and with the bounds a reader
/// derives line by line (<see cref="IntervalAudit"/>), every primary cell keeps at least max(threshold − 1, 2)
/// possible values (with a threshold of 5, a range of at least four values, such as 1 to 4) and every complement at
/// least two. For a 1-D table these bounds are the exact feasible integer range: in the line, the suppressed cells add
/// up to at least their number plus max(threshold − 1, 2) − 1. In 2-D and 3-D tables an attacker solving the whole
/// integer problem could in principle narrow further; the property tests search for that exhaustively on small random
/// tables and find none (docs/statistics.md).
/// The loop ends: with every non-zero cell suppressed, all published values are zero, so no suppressed cell is
/// derivable and none has an upper bound.
/// </summary>
public static class CellSuppression
{
    private const int AuditCandidatesTried = 6;

    /// <param name="persons">Distinct persons in each cell, in the order of <paramref name="shape"/>.</param>
    /// <param name="alsoSuppress">Cells to hide whatever their count, because a linked table hides them (a zero stays published).</param>
    public static CellStatus[] Suppress(TableShape shape, IReadOnlyList<int> persons, int threshold, IEnumerable<int>? alsoSuppress = null)
    {
        var state = new SuppressionState(shape, persons);
        for (var i = 0; i < shape.Length; i++)
        {
            if (persons[i] > 0 && persons[i] < threshold)
            {
                state.Suppress(i, CellStatus.PrimarySuppressed);
            }
        }

        foreach (var cell in alsoSuppress ?? [])
        {
            if (persons[cell] > 0)
            {
                state.Suppress(cell, CellStatus.ComplementarySuppressed);
            }
        }

        while (true)
        {
            state.ApplyLineRule();
            if (LinearDerivability.DerivableCells(shape, state.Suppressed) is { Count: > 0 } derivable)
            {
                state.Suppress(ChooseComplement(state, derivable[0]), CellStatus.ComplementarySuppressed);
            }
            else
            {
                // Widening is cheap beside the exact audit: widen every narrow cell before auditing again.
                var widened = false;
                while (IntervalAudit.FirstNarrowCell(shape, persons, state.Suppressed, threshold) is { } narrow)
                {
                    state.Suppress(ChooseWidening(state, persons, threshold, narrow), CellStatus.ComplementarySuppressed);
                    state.ApplyLineRule();
                    widened = true;
                }

                if (!widened)
                {
                    return state.Statuses;
                }
            }
        }
    }

    private static int ChooseWidening(SuppressionState state, IReadOnlyList<int> persons, int threshold, int narrow)
    {
        var neighbours = Candidates(state, narrow, "yet its range is too narrow");
        foreach (var candidate in neighbours.Take(AuditCandidatesTried))
        {
            var trial = state.Suppressed.ToArray();
            trial[candidate] = true;
            if (!IntervalAudit.IsNarrow(IntervalAudit.Bounds(state.Shape, persons, trial)[narrow], persons[narrow], threshold))
            {
                return candidate;
            }
        }

        return neighbours[0];
    }

    private static List<int> Candidates(SuppressionState state, int cell, string problem)
    {
        var neighbours = state.CandidatesNear([cell]);
        if (neighbours.Count == 0)
        {
            // Everything next to it is suppressed or zero: what pins it goes through other suppressed cells.
            neighbours = state.CandidatesNear(Enumerable.Range(0, state.Shape.Length).Where(i => state.Suppressed[i]));
        }

        return neighbours.Count > 0
            ? neighbours
            : throw new InvalidOperationException($"No cell left to suppress, {problem}.");
    }

    private static int ChooseComplement(SuppressionState state, int derivable)
    {
        var neighbours = Candidates(state, derivable, "yet a suppressed cell is derivable");
        foreach (var candidate in neighbours.Take(AuditCandidatesTried))
        {
            var trial = state.Suppressed.ToArray();
            trial[candidate] = true;
            if (!LinearDerivability.DerivableCells(state.Shape, trial).Contains(derivable))
            {
                return candidate;
            }
        }

        return neighbours[0];
    }

    private sealed class SuppressionState
    {
        private readonly IReadOnlyList<int> persons;
        private readonly List<int>[] equationsOf;
        private readonly int[] suppressedIn;

        public SuppressionState(TableShape shape, IReadOnlyList<int> persons)
        {
            Shape = shape;
            this.persons = persons;
            Statuses = Enumerable.Repeat(CellStatus.Published, shape.Length).ToArray();
            Suppressed = new bool[shape.Length];
            equationsOf = [.. Enumerable.Range(0, shape.Length).Select(_ => new List<int>())];
            for (var e = 0; e < shape.Equations.Count; e++)
            {
                foreach (var cell in shape.Equations[e].Cells)
                {
                    equationsOf[cell].Add(e);
                }
            }

            suppressedIn = new int[shape.Equations.Count];
        }

        public TableShape Shape { get; }

        public CellStatus[] Statuses { get; }

        public bool[] Suppressed { get; }

        public void Suppress(int cell, CellStatus status)
        {
            if (Suppressed[cell])
            {
                return;
            }

            Suppressed[cell] = true;
            Statuses[cell] = status;
            foreach (var e in equationsOf[cell])
            {
                suppressedIn[e]++;
            }
        }

        public void ApplyLineRule()
        {
            var changed = true;
            while (changed)
            {
                changed = false;
                for (var e = 0; e < Shape.Equations.Count; e++)
                {
                    if (suppressedIn[e] != 1)
                    {
                        continue;
                    }

                    // A non-zero suppressed cell always leaves a non-zero cell in its relation: the margin is at least
                    // as large, or, if the margin is the suppressed one, one of its parts is not zero.
                    var best = Shape.Equations[e].Cells
                        .Where(IsCandidate)
                        .OrderBy(Shape.MarginOrder)
                        .ThenByDescending(SingleSuppressionRelations)
                        .ThenBy(c => persons[c])
                        .ThenBy(c => c)
                        .First();
                    Suppress(best, CellStatus.ComplementarySuppressed);
                    changed = true;
                }
            }
        }

        /// <summary>Unsuppressed non-zero cells sharing a relation with any of <paramref name="cells"/>, cheapest first.</summary>
        public List<int> CandidatesNear(IEnumerable<int> cells) =>
            [.. cells
                .SelectMany(c => equationsOf[c])
                .Distinct()
                .SelectMany(e => Shape.Equations[e].Cells)
                .Distinct()
                .Where(IsCandidate)
                .OrderBy(Shape.MarginOrder)
                .ThenBy(c => persons[c])
                .ThenBy(c => c)];

        private bool IsCandidate(int cell) => !Suppressed[cell] && persons[cell] > 0;

        private int SingleSuppressionRelations(int cell) => equationsOf[cell].Count(e => suppressedIn[e] == 1);
    }
}
