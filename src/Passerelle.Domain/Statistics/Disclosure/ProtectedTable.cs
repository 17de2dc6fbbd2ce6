using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>A table after disclosure control: what statisticians and the coordinator may see and download.</summary>
public sealed class ProtectedTable
{
    private readonly CrossTable source;
    private readonly ProtectedCell[] cells;

    internal ProtectedTable(CrossTable source, ProtectedCell[] cells, int threshold, DisclosureMethod method)
    {
        this.source = source;
        this.cells = cells;
        Threshold = threshold;
        Method = method;
    }

    public Measure Measure => source.Measure;

    public MeasureKind Kind => source.Kind;

    public IReadOnlyList<StatisticalDimension> Dimensions => source.Dimensions;

    public IReadOnlyList<IReadOnlyList<string>> Categories => source.Categories;

    public TableShape Shape => source.Shape;

    public int Threshold { get; }

    /// <summary>
    /// The method applied; an amount table is always protected by suppression, as euros are neither rounded to base 5
    /// nor perturbed with a table designed for counts.
    /// </summary>
    public DisclosureMethod Method { get; }

    /// <summary>The perturbation table of a cell-key table (its maximum noise and the small counts never published), else null.</summary>
    public PerturbationTable? Perturbation { get; init; }

    /// <summary>Every cell, margins included, in the order of <see cref="Shape"/>.</summary>
    public IReadOnlyList<ProtectedCell> Cells => cells;

    public IEnumerable<ProtectedCell> InnerCells => cells.Where(c => !c.IsMargin);

    /// <summary>The row, column and lower-order totals, without the grand total.</summary>
    public IEnumerable<ProtectedCell> Margins => cells.Where(c => c.IsMargin && !c.IsGrandTotal);

    public ProtectedCell GrandTotal => cells[Shape.GrandTotalIndex];

    /// <summary>The cell at these category codes; null stands for the margin over that dimension.</summary>
    public ProtectedCell this[params string?[] categories] => cells[source.IndexOf(categories)];
}
