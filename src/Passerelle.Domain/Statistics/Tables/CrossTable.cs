using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;

namespace Passerelle.Domain.Statistics.Tables;

/// <summary>
/// A measure cross-tabulated by up to three dimensions, with every margin (row, column, lower-order and grand
/// totals). Unprotected: it holds exact small counts and must go through
/// <see cref="Disclosure.DisclosureControl.Protect"/> before anyone sees it.
/// </summary>
public sealed class CrossTable
{
    private readonly decimal[] values;
    private readonly int[] persons;
    private readonly long[] keySums;

    private CrossTable(
        Measure measure,
        IReadOnlyList<StatisticalDimension> dimensions,
        IReadOnlyList<IReadOnlyList<string>> categories,
        decimal[] values,
        int[] persons,
        long[] keySums,
        TableShape shape)
    {
        this.keySums = keySums;
        Measure = measure;
        Dimensions = dimensions;
        Categories = categories;
        this.values = values;
        this.persons = persons;
        Shape = shape;
    }

    public Measure Measure { get; }

    public MeasureKind Kind => MeasureCatalogue.KindOf(Measure);

    public IReadOnlyList<StatisticalDimension> Dimensions { get; }

    /// <summary>The category codes along each dimension, in display order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Categories { get; }

    public TableShape Shape { get; }

    public TableCell GrandTotal => CellAt(Shape.GrandTotalIndex);

    /// <summary>Every cell, margins included.</summary>
    public IEnumerable<TableCell> Cells => Enumerable.Range(0, Shape.Length).Select(CellAt);

    /// <summary>The cell at these category codes; null stands for the margin over that dimension.</summary>
    public TableCell this[params string?[] categories] => CellAt(IndexOf(categories));

    public decimal ValueAt(int index) => values[index];

    public int PersonsAt(int index) => persons[index];

    /// <summary>The sum of the record keys of the persons counted at this index (see <see cref="TableCell.KeySum"/>).</summary>
    public long KeySumAt(int index) => keySums[index];

    public TableCell CellAt(int index)
    {
        var coordinates = Shape.CoordinatesOf(index);
        var codes = new string?[coordinates.Length];
        for (var d = 0; d < coordinates.Length; d++)
        {
            codes[d] = coordinates[d] == Shape.Sizes[d] ? null : Categories[d][coordinates[d]];
        }

        return new TableCell(codes, values[index], persons[index]) { KeySum = keySums[index] };
    }

    public int IndexOf(IReadOnlyList<string?> categories)
    {
        if (categories.Count != Dimensions.Count)
        {
            throw new ArgumentException($"The table has {Dimensions.Count} dimensions.", nameof(categories));
        }

        var coordinates = new int[categories.Count];
        for (var d = 0; d < categories.Count; d++)
        {
            coordinates[d] = categories[d] is { } code ? IndexOfCategory(d, code) : Shape.Sizes[d];
        }

        return Shape.IndexOf(coordinates);
    }

    /// <summary>
    /// Builds a table from its inner cells, adding up every margin; this is how the SQL aggregation hands its
    /// distinct-person counts per cell to the disclosure control. Cells not given are zero.
    /// </summary>
    public static CrossTable FromInnerCells(
        Measure measure,
        IReadOnlyList<StatisticalDimension> dimensions,
        IReadOnlyList<IReadOnlyList<string>> categories,
        IEnumerable<TableCell> innerCells)
    {
        if (categories.Count != dimensions.Count)
        {
            throw new ArgumentException("One list of categories per dimension.", nameof(categories));
        }

        var shape = new TableShape([.. categories.Select(c => c.Count)]);
        var table = new CrossTable(measure, dimensions, categories, new decimal[shape.Length], new int[shape.Length], new long[shape.Length], shape);
        foreach (var cell in innerCells)
        {
            if (cell.IsMargin && dimensions.Count > 0)
            {
                throw new ArgumentException("Give inner cells only: margins are computed.", nameof(innerCells));
            }

            table.AddToEveryMargin(table.IndexOf(cell.Categories), cell.Value, cell.Persons, cell.KeySum);
        }

        return table;
    }

    private void AddToEveryMargin(int innerIndex, decimal value, int count, long keySum)
    {
        var inner = Shape.CoordinatesOf(innerIndex);
        var rank = Shape.Rank;
        // Each subset of dimensions replaced by their margin is one cell the person also counts in.
        for (var mask = 0; mask < 1 << rank; mask++)
        {
            var coordinates = (int[])inner.Clone();
            for (var d = 0; d < rank; d++)
            {
                if ((mask & (1 << d)) != 0)
                {
                    coordinates[d] = Shape.Sizes[d];
                }
            }

            var index = Shape.IndexOf(coordinates);
            values[index] += value;
            persons[index] += count;
            keySums[index] += keySum;
        }
    }

    private int IndexOfCategory(int dimension, string code)
    {
        var list = Categories[dimension];
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"No category '{code}' in {StatisticalDimensions.Name(Dimensions[dimension])}.", nameof(code));
    }
}
