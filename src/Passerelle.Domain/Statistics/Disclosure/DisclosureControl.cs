using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>The only way from a <see cref="CrossTable"/> to something publishable.</summary>
public static class DisclosureControl
{
    /// <param name="alsoSuppress">
    /// Cells (category codes, null for a margin) that a linked table published beside this one hides: they are hidden
    /// here too, with the complements that requires, so that neither table gives away what the other hides.
    /// Suppression only: the cell-key method needs no such coordination, as the same cell gets the same noise everywhere.
    /// </param>
    public static ProtectedTable Protect(CrossTable table, DisclosureOptions? options = null, IEnumerable<IReadOnlyList<string?>>? alsoSuppress = null)
    {
        options ??= DisclosureOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RoundingBase, 1);

        if (options.Method == DisclosureMethod.Rounding && table.Kind == MeasureKind.Persons)
        {
            var rounded = Enumerable.Range(0, table.Shape.Length)
                .Select(i => table.CellAt(i))
                .Select(c => new ProtectedCell(c.Categories, BaseRounding.Round(c.Persons, options.RoundingBase), c.Persons == 0 ? CellStatus.Published : CellStatus.Rounded))
                .ToArray();
            return new ProtectedTable(table, rounded, options.Threshold, DisclosureMethod.Rounding);
        }

        if (options.Method == DisclosureMethod.CellKey && table.Kind == MeasureKind.Persons)
        {
            // Every cell, margins and grand total included, is perturbed as a cell of its own (its key is the sum of its
            // persons' keys): totals need not equal the sum of their perturbed cells. No cell is hidden.
            var ptable = options.Perturbation;
            var perturbed = Enumerable.Range(0, table.Shape.Length)
                .Select(i => table.CellAt(i))
                .Select(c => new ProtectedCell(c.Categories, ptable.Perturb(c.Persons, c.KeySum), CellStatus.Perturbed))
                .ToArray();
            return new ProtectedTable(table, perturbed, options.Threshold, DisclosureMethod.CellKey) { Perturbation = ptable };
        }

        var statuses = CellSuppression.Suppress(
            table.Shape,
            Enumerable.Range(0, table.Shape.Length).Select(table.PersonsAt).ToArray(),
            options.Threshold,
            alsoSuppress?.Select(table.IndexOf));
        var cells = Enumerable.Range(0, table.Shape.Length)
            .Select(i => table.CellAt(i))
            .Select((c, i) => new ProtectedCell(c.Categories, statuses[i] == CellStatus.Published ? c.Value : null, statuses[i]))
            .ToArray();
        return new ProtectedTable(table, cells, options.Threshold, DisclosureMethod.Suppression);
    }
}
