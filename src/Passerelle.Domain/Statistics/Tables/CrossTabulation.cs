using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Records;

namespace Passerelle.Domain.Statistics.Tables;

/// <summary>Counts distinct persons (or sums their amounts) per cell of a query's breakdown.</summary>
public static class CrossTabulation
{
    public static CrossTable Tabulate(IEnumerable<StatisticalRecord> records, StatisticsQuery query) =>
        Tabulate(PersonResolution.Resolve(records), query);

    /// <summary>From persons already resolved, to answer several queries over one resolution.</summary>
    public static CrossTable Tabulate(IReadOnlyList<StatisticalPerson> persons, StatisticsQuery query)
    {
        if (query.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        var population = persons
            .Where(p => query.Filters.All(f => StatisticalDimensions.CategoryOf(f.Key, p) == f.Value))
            .ToList();

        // Categories come from the whole filtered population, not only the persons in the measure, so that a
        // nationality registered but never sheltered shows as a zero rather than vanishing.
        // An open dimension over nobody still needs one category for the table to have a shape.
        var categories = query.By
            .Select(d => StatisticalDimensions.Order(d, population.Select(p => StatisticalDimensions.CategoryOf(d, p))))
            .Select(c => c.Count > 0 ? c : [Category.UnknownCode])
            .ToList();
        var isAmount = MeasureCatalogue.KindOf(query.Measure) == MeasureKind.Amount;

        var cells = population
            .Where(p => p.CountsIn(query.Measure))
            .GroupBy(p => string.Join('\u001f', query.By.Select(d => StatisticalDimensions.CategoryOf(d, p))), StringComparer.Ordinal)
            .Select(g => new TableCell(
                [.. query.By.Select(d => StatisticalDimensions.CategoryOf(d, g.First()))],
                isAmount ? g.Sum(p => p.AmountOf(query.Measure)) : g.Count(),
                g.Count())
            { KeySum = g.Sum(p => (long)p.RecordKey) });

        return CrossTable.FromInnerCells(query.Measure, query.By, categories, cells);
    }
}
