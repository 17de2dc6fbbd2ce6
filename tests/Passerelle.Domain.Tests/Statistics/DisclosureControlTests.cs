using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Tests.Statistics;

public class DisclosureControlTests
{
    private static CrossTable OneWay(params int[] counts) => CrossTable.FromInnerCells(
        Measure.Registered,
        [StatisticalDimension.Sex],
        [[.. counts.Select((_, i) => $"c{i}")]],
        counts.Select((n, i) => new TableCell([$"c{i}"], n, n)));

    private static CrossTable TwoWay(int[,] counts) => CrossTable.FromInnerCells(
        Measure.Registered,
        [StatisticalDimension.Sex, StatisticalDimension.Year],
        [[.. Enumerable.Range(0, counts.GetLength(0)).Select(i => $"r{i}")], [.. Enumerable.Range(0, counts.GetLength(1)).Select(j => $"k{j}")]],
        from i in Enumerable.Range(0, counts.GetLength(0))
        from j in Enumerable.Range(0, counts.GetLength(1))
        select new TableCell([$"r{i}", $"k{j}"], counts[i, j], counts[i, j]));

    [Fact]
    public void SmallCell_IsSuppressed_WithTheSmallestOtherCellOfItsLine()
    {
        var table = DisclosureControl.Protect(OneWay(3, 12, 10, 0));

        Assert.Equal(
            [CellStatus.PrimarySuppressed, CellStatus.Published, CellStatus.ComplementarySuppressed, CellStatus.Published, CellStatus.Published],
            table.Cells.Select(c => c.Status));
        Assert.Equal([null, 12m, null, 0m, 25m], table.Cells.Select(c => c.Value));
    }

    [Fact]
    public void Zeros_ArePublished()
    {
        var table = DisclosureControl.Protect(OneWay(0, 20, 0));

        Assert.All(table.Cells, c => Assert.Equal(CellStatus.Published, c.Status));
        Assert.Equal(0m, table["c0"].Value);
    }

    [Fact]
    public void SmallTotal_IsSuppressedToo()
    {
        var table = DisclosureControl.Protect(OneWay(1, 2, 0));

        Assert.True(table.GrandTotal.Suppressed);
        Assert.True(table["c0"].Suppressed);
        Assert.True(table["c1"].Suppressed);
        Assert.Equal(0m, table["c2"].Value);
    }

    [Fact]
    public void TableWithoutDimensions_IsItsTotal()
    {
        Assert.True(DisclosureControl.Protect(OneWay(3).Total()).GrandTotal.Suppressed);
        Assert.Equal(30m, DisclosureControl.Protect(OneWay(30).Total()).GrandTotal.Value);
    }

    [Fact]
    public void Threshold_IsConfigurable()
    {
        var table = DisclosureControl.Protect(OneWay(7, 30, 40), new DisclosureOptions { Threshold = 10 });

        Assert.Equal(10, table.Threshold);
        Assert.Equal(CellStatus.PrimarySuppressed, table["c0"].Status);
        Assert.Equal(CellStatus.ComplementarySuppressed, table["c1"].Status);
    }

    [Fact]
    public void SuppressingAMarginRow_IsProtectedAlongTheOtherDimension()
    {
        // Row r0 totals 3: its margin is primary, and the column margins then need a partner.
        var table = DisclosureControl.Protect(TwoWay(new[,] { { 1, 2, 0 }, { 20, 30, 40 }, { 15, 8, 9 } }));

        Assert.True(table["r0", null].Suppressed);
        Assert.Empty(AttackerSolver.RecomputableCells(table.Shape, [.. table.Cells.Select(c => c.Suppressed)]));
    }

    [Fact]
    public void LineRuleAlone_LeavesABridgeRecomputable()
    {
        // Two blocks of four suppressed cells joined by one cell: every row and column holds two or more suppressed
        // cells, yet the joining cell is the only unknown tying the blocks and follows from the margins.
        var shape = new TableShape([4, 4]);
        var suppressed = new bool[shape.Length];
        foreach (var (i, j) in new[] { (0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (1, 2) })
        {
            suppressed[shape.IndexOf([i, j])] = true;
        }

        Assert.Equal([shape.IndexOf([1, 2])], LinearDerivability.DerivableCells(shape, suppressed));
        Assert.Equal([shape.IndexOf([1, 2])], AttackerSolver.RecomputableCells(shape, suppressed));
    }

    private static Dictionary<int, (long Min, long Max)> AttackerRanges(ProtectedTable table, CrossTable source) =>
        BoundsAttacker.Ranges(
            table.Shape,
            [.. Enumerable.Range(0, table.Shape.Length).Select(i => table.Cells[i].Suppressed ? null : (long?)source.PersonsAt(i))],
            (2 * source.GrandTotal.Persons) + 10);

    [Fact]
    public void TwoSmallCellsOfOneLine_AreNotLeftToSolveEachOther()
    {
        // under-15 = 1, 15-17 = 1, 18-24 = 6, 25-34 = 5, total 13: with only the two 1s hidden, a + b = 2 and both are
        // at least 1, so both are 1. The smallest other cell joins them: a + b + c = 7 leaves each of them 1 to 5.
        var source = OneWay(1, 1, 6, 5, 0, 0);
        var table = DisclosureControl.Protect(source);

        Assert.Equal([true, true, false, true, false, false, false], table.Cells.Select(c => c.Suppressed));
        Assert.All(AttackerRanges(table, source).Values, r => Assert.Equal((1L, 5L), r));
    }

    [Fact]
    public void TwoSmallCellsOfOneRow_InATwoWayTable_AreNotLeftToSolveEachOther()
    {
        var source = TwoWay(new[,] { { 1, 1, 20 }, { 7, 8, 30 } });
        var table = DisclosureControl.Protect(source);

        var ranges = AttackerRanges(table, source);
        Assert.All(ranges, r => Assert.True(r.Value.Max > r.Value.Min, $"cell {r.Key} pinned"));
        Assert.True(ranges[table.Shape.IndexOf([0, 0])].Max - ranges[table.Shape.IndexOf([0, 0])].Min + 1 >= 4);
        Assert.True(ranges[table.Shape.IndexOf([0, 1])].Max - ranges[table.Shape.IndexOf([0, 1])].Min + 1 >= 4);
        Assert.Equal((1, 1), IntervalAudit.Bounds(table.Shape, [.. Enumerable.Range(0, table.Shape.Length).Select(source.PersonsAt)], [.. Enumerable.Range(0, table.Shape.Length).Select(i => i == table.Shape.IndexOf([0, 0]) || i == table.Shape.IndexOf([0, 1]))])[table.Shape.IndexOf([0, 0])]);
    }

    [Fact]
    public void ManyOnesInALine_AreNotPinnedEitherThoughTheySumToTheThreshold()
    {
        // Five cells of 1 add up to the threshold, yet with the total published each would be exactly 1.
        var source = OneWay(1, 1, 1, 1, 1, 30);
        var table = DisclosureControl.Protect(source);

        Assert.True(table["c5"].Suppressed);
        Assert.All(AttackerRanges(table, source).Values, r => Assert.True(r.Max - r.Min + 1 >= 4));
    }

    [Fact]
    public void ACellHiddenInALinkedTable_IsHiddenHereToo_WithWhatProtectsIt()
    {
        // The total of 40 is hidden in another table of the same report: here it is hidden as well, and, since a lone
        // hidden total would be the sum of its parts, so is a part.
        var source = OneWay(12, 20, 8);
        var table = DisclosureControl.Protect(source, alsoSuppress: [[null]]);

        Assert.True(table.GrandTotal.Suppressed);
        Assert.Equal(["c2"], table.InnerCells.Where(c => c.Suppressed).Select(c => c.Categories[0]));
        Assert.Empty(AttackerSolver.RecomputableCells(table.Shape, [.. table.Cells.Select(c => c.Suppressed)]));
        Assert.All(AttackerRanges(table, source).Values, r => Assert.True(r.Max > r.Min));
    }

    [Fact]
    public void AmountTable_SuppressesOnPersons_AndIgnoresRounding()
    {
        var amounts = CrossTable.FromInnerCells(
            Measure.CompensationGrantedAmount,
            [StatisticalDimension.Sex],
            [["female", "male", "other"]],
            [new(["female"], 52_000m, 12), new(["male"], 9_000m, 2), new(["other"], 40_000m, 9)]);

        var table = DisclosureControl.Protect(amounts, new DisclosureOptions { Method = DisclosureMethod.Rounding });

        Assert.Equal(DisclosureMethod.Suppression, table.Method);
        Assert.Equal(CellStatus.PrimarySuppressed, table["male"].Status);
        Assert.Equal(CellStatus.ComplementarySuppressed, table["other"].Status);
        Assert.Equal(101_000m, table.GrandTotal.Value);
    }

    [Fact]
    public void Rounding_RoundsEveryCellAndMarginIndependently()
    {
        var table = DisclosureControl.Protect(OneWay(2, 13, 0, 8), new DisclosureOptions { Method = DisclosureMethod.Rounding });

        Assert.Equal(DisclosureMethod.Rounding, table.Method);
        Assert.Equal([5m, 15m, 0m, 10m, 25m], table.Cells.Select(c => c.Value));
        Assert.Equal([CellStatus.Rounded, CellStatus.Rounded, CellStatus.Published, CellStatus.Rounded, CellStatus.Rounded], table.Cells.Select(c => c.Status));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 5)]
    [InlineData(2, 5)]
    [InlineData(3, 5)]
    [InlineData(7, 5)]
    [InlineData(8, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(100, 100)]
    public void BaseRounding_KeepsZeros_AndNeverRoundsAPersonAway(int count, int expected) =>
        Assert.Equal(expected, BaseRounding.Round(count));
}

internal static class CrossTableExtensions
{
    /// <summary>The same persons with no breakdown.</summary>
    public static CrossTable Total(this CrossTable table) =>
        CrossTable.FromInnerCells(table.Measure, [], [], [new TableCell([], table.GrandTotal.Value, table.GrandTotal.Persons)]);
}
