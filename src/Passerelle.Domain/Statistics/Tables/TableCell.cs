namespace Passerelle.Domain.Statistics.Tables;

/// <summary>
/// One cell of a <see cref="CrossTable"/>: its category code in each dimension, null where the cell is a margin over
/// that dimension. <see cref="Persons"/> is the number of distinct persons; <see cref="Value"/> equals it for a
/// person-count measure and is the sum of their amounts for an amount measure.
/// </summary>
public sealed record TableCell(IReadOnlyList<string?> Categories, decimal Value, int Persons)
{
    /// <summary>
    /// The sum of the record keys of the cell's persons (not yet reduced modulo the key range): the cell-key method
    /// reads its noise at this key, so the same persons give the same key in every table.
    /// </summary>
    public long KeySum { get; init; }

    public bool IsMargin => Categories.Any(c => c is null);

    public bool IsGrandTotal => Categories.All(c => c is null);
}
