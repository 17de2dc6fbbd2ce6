using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Tests.Statistics;

/// <summary>
/// For many random tables, after suppression: no suppressed cell can be recomputed from the published cells and
/// the margins' equations (checked by <see cref="AttackerSolver"/>, independent of the production check), every
/// published non-zero count reaches the threshold, published values are the true ones, and only non-zero cells
/// are hidden.
/// </summary>
public class DisclosurePropertyTests
{
    [Theory]
    [InlineData(1, 10, 300)]
    [InlineData(2, 7, 200)]
    [InlineData(3, 4, 80)]
    public void Suppression_LeavesNoSuppressedCellRecomputable(int rank, int maxCategories, int tables)
    {
        var hidden = 0;
        for (var seed = 0; seed < tables; seed++)
        {
            var source = RandomTables.Draw((rank * 100_000) + seed, rank, maxCategories);
            var threshold = 3 + (seed % 5);
            var table = DisclosureControl.Protect(source, new DisclosureOptions { Threshold = threshold });
            var suppressed = table.Cells.Select(c => c.Suppressed).ToArray();

            Assert.True(
                AttackerSolver.RecomputableCells(table.Shape, suppressed).Count == 0,
                $"seed {seed}: a suppressed cell can be recomputed");
            for (var i = 0; i < table.Shape.Length; i++)
            {
                var persons = source.PersonsAt(i);
                var cell = table.Cells[i];
                Assert.True(persons > 0 || !cell.Suppressed, $"seed {seed}: a zero was suppressed");
                Assert.True(cell.Suppressed || persons == 0 || persons >= threshold, $"seed {seed}: {persons} published below {threshold}");
                Assert.True(cell.Suppressed || cell.Value == source.ValueAt(i), $"seed {seed}: a published value was altered");
                Assert.Equal(persons > 0 && persons < threshold, cell.Status == CellStatus.PrimarySuppressed);
            }

            hidden += suppressed.Count(s => s);
        }

        Assert.True(hidden > tables, "the random tables should exercise suppression");
    }

    /// <summary>
    /// Against an attacker who also uses the bounds (every suppressed cell counts at least one person, at most what
    /// its lines leave): no suppressed cell is pinned to one value, and every primary cell keeps at least
    /// max(threshold − 1, 2) possible values. Exhaustive search, so small tables.
    /// </summary>
    [Theory]
    [InlineData(1, 8, 400)]
    [InlineData(2, 4, 250)]
    [InlineData(3, 3, 80)]
    public void Suppression_LeavesEveryPrimaryCellAWideRange_AgainstAnAttackerUsingTheBounds(int rank, int maxCategories, int tables)
    {
        var primaries = 0;
        for (var seed = 0; seed < tables; seed++)
        {
            var source = RandomTables.Draw((rank * 200_000) + seed, rank, maxCategories);
            var threshold = 2 + (seed % 6);
            var table = DisclosureControl.Protect(source, new DisclosureOptions { Threshold = threshold });
            var cap = (2 * source.PersonsAt(source.Shape.GrandTotalIndex)) + 10;
            var ranges = BoundsAttacker.Ranges(table.Shape, [.. Enumerable.Range(0, table.Shape.Length).Select(i => table.Cells[i].Suppressed ? null : (long?)source.PersonsAt(i))], cap);

            foreach (var (cell, (min, max)) in ranges)
            {
                var persons = source.PersonsAt(cell);
                Assert.InRange(persons, min, max);
                Assert.True(max > min, $"seed {seed}, threshold {threshold}: cell {cell} ({persons}) is pinned to {min}");
                if (persons < threshold)
                {
                    primaries++;
                    Assert.True(
                        max - min + 1 >= IntervalAudit.RequiredWidth(threshold),
                        $"seed {seed}, threshold {threshold}: primary cell {cell} ({persons}) narrowed to [{min}, {max}]");
                }
            }
        }

        Assert.True(primaries > tables / 2, "the random tables should exercise suppression");
    }

    [Theory]
    [InlineData(1, 10, 100)]
    [InlineData(2, 7, 100)]
    [InlineData(3, 4, 50)]
    public void ProductionCheck_AgreesWithTheAttacker_OnRandomPatterns(int rank, int maxCategories, int patterns)
    {
        for (var seed = 0; seed < patterns; seed++)
        {
            var random = new Random(seed);
            var shape = RandomTables.Draw(seed, rank, maxCategories).Shape;
            var density = random.NextDouble() * 0.5;
            var suppressed = Enumerable.Range(0, shape.Length).Select(_ => random.NextDouble() < density).ToArray();

            Assert.Equal(AttackerSolver.RecomputableCells(shape, suppressed), LinearDerivability.DerivableCells(shape, suppressed));
        }
    }

    [Theory]
    [InlineData(1, 10, 200)]
    [InlineData(2, 7, 200)]
    [InlineData(3, 4, 100)]
    public void Rounding_GivesMultiplesOfTheBase_CloseToTheTruth_AndKeepsZeros(int rank, int maxCategories, int tables)
    {
        for (var seed = 0; seed < tables; seed++)
        {
            var source = RandomTables.Draw(seed, rank, maxCategories);
            var table = DisclosureControl.Protect(source, new DisclosureOptions { Method = DisclosureMethod.Rounding });

            for (var i = 0; i < table.Shape.Length; i++)
            {
                var truth = source.PersonsAt(i);
                var value = (int)table.Cells[i].Value!.Value;
                Assert.Equal(0, value % 5);
                Assert.Equal(truth == 0, value == 0);
                var (low, high) = truth switch { 0 => (0, 0), < 5 => (1, 4), _ => (-2, 2) };
                Assert.InRange(value - truth, low, high);
            }
        }
    }
}
