using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Tests.Statistics;

/// <summary>Seeded random tables of person counts: 1 to 3 dimensions, varying sizes and sparsity.</summary>
internal static class RandomTables
{
    private static readonly StatisticalDimension[] Dimensions = [StatisticalDimension.Sex, StatisticalDimension.AgeGroup, StatisticalDimension.Year];

    public static CrossTable Draw(int seed, int rank, int maxCategories)
    {
        var random = new Random(seed);
        var categories = Enumerable.Range(0, rank)
            .Select(d => (IReadOnlyList<string>)[.. Enumerable.Range(0, random.Next(1, maxCategories + 1)).Select(c => $"c{c}")])
            .ToList();

        // Sparsity and the share of small counts vary from table to table, from nearly empty to nearly all small.
        var zeroShare = random.NextDouble() * 0.6;
        var smallShare = random.NextDouble() * 0.6;
        var cells = new List<TableCell>();
        foreach (var coordinates in Product(categories))
        {
            var draw = random.NextDouble();
            var persons = draw < zeroShare ? 0 : draw < zeroShare + ((1 - zeroShare) * smallShare) ? random.Next(1, 5) : random.Next(5, 60);
            cells.Add(new TableCell(coordinates, persons, persons));
        }

        return CrossTable.FromInnerCells(Measure.Registered, Dimensions[..rank], categories, cells);
    }

    private static IEnumerable<string?[]> Product(IReadOnlyList<IReadOnlyList<string>> categories)
    {
        IEnumerable<string?[]> product = [[]];
        foreach (var list in categories)
        {
            product = product.SelectMany(p => list.Select(c => (string?[])[.. p, c])).ToList();
        }

        return product;
    }
}
