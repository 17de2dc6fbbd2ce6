using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Records;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Tests.Statistics;

/// <summary>The cell-key method and its published perturbation table (docs/statistics-disclosure.md).</summary>
public class CellKeyTests
{
    private static readonly PerturbationTable Published = PerturbationTable.Default;

    [Fact]
    public void The_shipped_table_is_exactly_what_its_design_gives()
    {
        using var stream = typeof(PerturbationTable).Assembly.GetManifestResourceStream(PerturbationTable.ResourceName)!;
        using var reader = new StreamReader(stream);

        Assert.Equal(PerturbationTableDesign.Create().ToCsv(), reader.ReadToEnd());
        Assert.Equal((3, 2, 6), (Published.MaxNoise, Published.SmallCounts, Published.TopCount));
    }

    [Fact]
    public void Every_count_and_every_key_give_a_bounded_noise_never_a_negative_count_nor_a_1_or_a_2()
    {
        for (var count = 0; count <= 40; count++)
        {
            for (var key = 0; key < RecordKeys.Range; key++)
            {
                var published = Published.Perturb(count, key);
                Assert.InRange(published - count, -3, 3);
                Assert.True(published >= 0);
                Assert.False(published is 1 or 2, $"{count} published as {published} at key {key}");
                if (count == 0)
                {
                    Assert.Equal(0, published);
                }
            }
        }
    }

    [Fact]
    public void Every_row_is_unbiased_with_the_published_variance()
    {
        for (var count = 1; count <= Published.TopCount; count++)
        {
            var row = Published.Row(count);
            Assert.Equal(1.0, row.Sum(t => t.Probability), 12);
            var mean = row.Sum(t => t.Probability * t.Noise);
            var variance = row.Sum(t => t.Probability * t.Noise * t.Noise);
            Assert.InRange(mean, -1e-4, 1e-4);

            // 1 and 2 must go to 0 or 3 without bias, which forces a variance of 2 (ONS: "no 1s and 2s").
            Assert.Equal(count <= 2 ? 2.0 : 1.0, variance, 3);
        }
    }

    [Fact]
    public void Small_counts_are_published_as_0_or_3_in_the_proportions_that_keep_them_unbiased()
    {
        Assert.Equal([0, 3], Published.Row(1).Select(t => t.Count + t.Noise));
        Assert.Equal(1.0 / 3, Published.Row(1).Single(t => t.Noise == 2).Probability, 4);
        Assert.Equal(2.0 / 3, Published.Row(2).Single(t => t.Noise == 1).Probability, 4);
    }

    [Fact]
    public void The_same_persons_get_the_same_value_in_every_table_so_asking_again_averages_nothing_out()
    {
        var persons = Persons(seed: 7, count: 400);
        var bySex = Protect(persons, [StatisticalDimension.Sex]);
        var bySexAndAge = Protect(persons, [StatisticalDimension.Sex, StatisticalDimension.AgeGroup]);
        var byAgeAndSex = Protect(persons, [StatisticalDimension.AgeGroup, StatisticalDimension.Sex]);
        var bySexAndYear = Protect(persons, [StatisticalDimension.Sex, StatisticalDimension.Year]);

        foreach (var sex in bySex.Categories[0])
        {
            Assert.Equal(bySex[sex].Value, bySexAndAge[sex, null].Value);
            Assert.Equal(bySex[sex].Value, byAgeAndSex[null, sex].Value);
            Assert.Equal(bySex[sex].Value, bySexAndYear[sex, null].Value);
        }

        foreach (var year in bySexAndYear.Categories[1])
        {
            var ofYear = Protect(persons, [StatisticalDimension.Sex], year);
            Assert.Equal(ofYear.GrandTotal.Value, bySexAndYear[null, year].Value);
            Assert.All(ofYear.Categories[0], sex => Assert.Equal(ofYear[sex].Value, bySexAndYear[sex, year].Value));
        }

        Assert.Equal(bySex.GrandTotal.Value, bySexAndAge.GrandTotal.Value);
        Assert.All(bySexAndAge.Cells, c => Assert.Equal(CellStatus.Perturbed, c.Status));
        Assert.Contains(bySexAndAge.Cells, c => c.Value != TrueCount(persons, c));
        Assert.All(bySexAndAge.Cells, c => Assert.InRange((int)c.Value!.Value - TrueCount(persons, c), -3, 3));
    }

    /// <summary>
    /// The differencing attack: a small group B (here 1 or 2 persons of a category) is the difference between two
    /// large populations, each published. Under suppression both large cells are published exactly and their
    /// difference gives B's count. Under the cell-key method the two cells hold different persons, so their noises
    /// are drawn at independent keys: the difference is B's count plus the difference of two noises, and is consistent
    /// with 1 as well as with 2 unless both noises sit at opposite extremes (probability p(−3)·p(+3), below 1/10,000).
    /// </summary>
    [Fact]
    public void Differencing_two_large_tables_does_not_give_a_small_count()
    {
        var random = new Random(2026);
        var exact = 0;
        const int Trials = 20_000;
        for (var trial = 0; trial < Trials; trial++)
        {
            var small = 1 + (trial % 2);
            var large = random.Next(20, 500);
            var keysOfLarge = random.NextInt64(0, 1L << 40);
            long keysOfSmall = Enumerable.Range(0, small).Sum(_ => (long)random.Next(RecordKeys.Range));
            var derived = Published.Perturb(large + small, keysOfLarge + keysOfSmall) - Published.Perturb(large, keysOfLarge);
            exact += derived == small ? 1 : 0;

            var suppressed = DisclosureControl.Protect(OneWay(large + small, 30)).Cells[0].Value - DisclosureControl.Protect(OneWay(large, 30)).Cells[0].Value;
            Assert.Equal(small, suppressed);
        }

        // The derived count is right about as often as two noises agree, and the attacker cannot tell when.
        Assert.InRange(exact / (double)Trials, 0.2, 0.4);

        // Exactly, from the table: the chance that the derived value fits 1 but not 2 (or 2 but not 1).
        var row = Published.Row(Published.TopCount);
        Dictionary<int, double> Derived(int small) => (from a in row from b in row select (Value: small + a.Noise - b.Noise, P: a.Probability * b.Probability))
            .GroupBy(x => x.Value).ToDictionary(g => g.Key, g => g.Sum(x => x.P));
        var one = Derived(1);
        var two = Derived(2);
        var pinned = one.Where(d => !two.ContainsKey(d.Key)).Sum(d => d.Value) + two.Where(d => !one.ContainsKey(d.Key)).Sum(d => d.Value);
        Assert.True(pinned < 1e-4, $"pinned with probability {pinned}");
        Assert.Equal(12, one.Keys.Intersect(two.Keys).Count());
    }

    [Fact]
    public void A_cell_key_table_hides_nothing_and_says_its_method()
    {
        var table = DisclosureControl.Protect(OneWay(1, 2, 0, 140, 312), new DisclosureOptions { Method = DisclosureMethod.CellKey });

        Assert.Equal(DisclosureMethod.CellKey, table.Method);
        Assert.Same(PerturbationTable.Default, table.Perturbation);
        Assert.All(table.Cells, c => Assert.False(c.Suppressed));
        Assert.All(table.Cells, c => Assert.DoesNotContain(c.Value, new decimal?[] { 1, 2, null }));
        Assert.Equal(0m, table["c2"].Value);
        Assert.InRange(table["c4"].Value!.Value, 309m, 315m);
        Assert.InRange(table.GrandTotal.Value!.Value, 452m, 458m);
    }

    [Fact]
    public void An_amount_table_asked_with_cell_key_is_suppressed_and_says_so()
    {
        var amounts = CrossTable.FromInnerCells(
            Measure.CompensationGrantedAmount, [StatisticalDimension.Sex], [["c0", "c1"]], [new TableCell(["c0"], 1500m, 2), new TableCell(["c1"], 90000m, 30)]);

        var table = DisclosureControl.Protect(amounts, new DisclosureOptions { Method = DisclosureMethod.CellKey });

        Assert.Equal(DisclosureMethod.Suppression, table.Method);
        Assert.Null(table.Perturbation);
        Assert.True(table["c0"].Suppressed);
    }

    [Fact]
    public void Record_keys_are_uniform_over_the_range_and_cell_keys_reduce_sums_modulo_it()
    {
        var keys = Enumerable.Range(0, 20_000).Select(_ => RecordKeys.Draw()).ToList();
        Assert.All(keys, k => Assert.InRange(k, 0, RecordKeys.Range - 1));
        var quarters = keys.GroupBy(k => k / (RecordKeys.Range / 4)).Select(g => g.Count()).ToList();
        Assert.Equal(4, quarters.Count);
        Assert.All(quarters, n => Assert.InRange(n, 4_500, 5_500));
        Assert.Equal(5, RecordKeys.CellKeyOf((3L * RecordKeys.Range) + 5));
    }

    private static int TrueCount(IReadOnlyList<StatisticalPerson> persons, ProtectedCell cell) =>
        CrossTabulation.Tabulate(persons, new StatisticsQuery(Measure.Registered, [StatisticalDimension.Sex, StatisticalDimension.AgeGroup]))
            [[.. cell.Categories]].Persons;

    private static ProtectedTable Protect(IReadOnlyList<StatisticalPerson> persons, StatisticalDimension[] by, string? year = null) =>
        DisclosureControl.Protect(
            CrossTabulation.Tabulate(persons, new StatisticsQuery(Measure.Registered, by)
            {
                Filters = year is null ? new Dictionary<StatisticalDimension, string>() : new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = year },
            }),
            new DisclosureOptions { Method = DisclosureMethod.CellKey });

    private static List<StatisticalPerson> Persons(int seed, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => new StatisticalPerson($"p{i:D4}", new DateOnly(2022 + random.Next(4), 1 + random.Next(12), 1))
        {
            Sex = random.Next(10) switch { < 6 => Sex.Female, < 9 => Sex.Male, _ => Sex.Unknown },
            Age = random.Next(8) == 0 ? null : random.Next(12, 60),
            RecordKey = random.Next(RecordKeys.Range),
        })];
    }

    private static CrossTable OneWay(params int[] counts) => CrossTable.FromInnerCells(
        Measure.Registered,
        [StatisticalDimension.Sex],
        [[.. counts.Select((_, i) => $"c{i}")]],
        counts.Select((n, i) => new TableCell([$"c{i}"], n, n) { KeySum = n * 7919L }));
}
