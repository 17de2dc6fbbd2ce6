namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>A cell fit for publication: its category codes (null for a margin), and its value unless suppressed.</summary>
public sealed record ProtectedCell(IReadOnlyList<string?> Categories, decimal? Value, CellStatus Status)
{
    public bool Suppressed => Status is CellStatus.PrimarySuppressed or CellStatus.ComplementarySuppressed;

    public bool IsMargin => Categories.Any(c => c is null);

    public bool IsGrandTotal => Categories.All(c => c is null);
}
