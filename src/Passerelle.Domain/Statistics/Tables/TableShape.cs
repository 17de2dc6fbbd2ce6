namespace Passerelle.Domain.Statistics.Tables;

/// <summary>
/// The cells of a table with up to three dimensions together with all its margins, laid out in one array: along
/// dimension d a coordinate runs over the categories 0 .. n<sub>d</sub> − 1, and n<sub>d</sub> stands for "all
/// categories" (the margin). The grand total is the cell whose coordinates are all margins.
/// </summary>
public sealed class TableShape
{
    private readonly int[] sizes;
    private readonly int[] strides;

    public TableShape(IReadOnlyList<int> sizes)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizes.Count, 3);
        if (sizes.Any(s => s < 1))
        {
            throw new ArgumentException("Every dimension needs at least one category.", nameof(sizes));
        }

        this.sizes = [.. sizes];
        strides = new int[sizes.Count];
        var length = 1;
        for (var d = sizes.Count - 1; d >= 0; d--)
        {
            strides[d] = length;
            length *= sizes[d] + 1;
        }

        Length = length;
        Equations = BuildEquations();
    }

    public int Rank => sizes.Length;

    /// <summary>The number of cells, margins included.</summary>
    public int Length { get; }

    public IReadOnlyList<int> Sizes => sizes;

    /// <summary>
    /// Every additive relation of the table: the cells of one line (along one dimension, the others fixed to a category
    /// or a margin) sum to the line's margin cell.
    /// </summary>
    public IReadOnlyList<TableEquation> Equations { get; }

    public int IndexOf(ReadOnlySpan<int> coordinates)
    {
        var index = 0;
        for (var d = 0; d < sizes.Length; d++)
        {
            index += coordinates[d] * strides[d];
        }

        return index;
    }

    public int[] CoordinatesOf(int index)
    {
        var coordinates = new int[sizes.Length];
        for (var d = 0; d < sizes.Length; d++)
        {
            coordinates[d] = index / strides[d];
            index %= strides[d];
        }

        return coordinates;
    }

    public int GrandTotalIndex => IndexOf([.. sizes]);

    /// <summary>How many coordinates of the cell are margins: 0 for an inner cell, <see cref="Rank"/> for the grand total.</summary>
    public int MarginOrder(int index)
    {
        var order = 0;
        var coordinates = CoordinatesOf(index);
        for (var d = 0; d < sizes.Length; d++)
        {
            if (coordinates[d] == sizes[d])
            {
                order++;
            }
        }

        return order;
    }

    public bool IsInner(int index) => MarginOrder(index) == 0;

    private List<TableEquation> BuildEquations()
    {
        var equations = new List<TableEquation>();
        for (var d = 0; d < sizes.Length; d++)
        {
            for (var index = 0; index < Length; index++)
            {
                var coordinates = CoordinatesOf(index);
                if (coordinates[d] != sizes[d])
                {
                    continue;
                }

                var parts = new int[sizes[d]];
                for (var c = 0; c < sizes[d]; c++)
                {
                    coordinates[d] = c;
                    parts[c] = IndexOf(coordinates);
                }

                equations.Add(new TableEquation(parts, index));
            }
        }

        return equations;
    }
}

/// <summary>The cells <see cref="Parts"/> sum to the cell <see cref="Total"/>.</summary>
public sealed record TableEquation(IReadOnlyList<int> Parts, int Total)
{
    public IEnumerable<int> Cells => Parts.Append(Total);
}
