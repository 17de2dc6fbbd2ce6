using System.Globalization;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Records;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Bench.Statistics;

/// <summary>
/// Suppression, rounding and the cell-key method side by side on one synthetic population (docs/statistics-disclosure.md):
/// what share of the cells of a set of published tables each hides, how far the published figures are from the truth,
/// and how often an attacker holding two tables that differ by one person learns that person's form of exploitation.
/// </summary>
public static class MethodComparison
{
    private static readonly DisclosureMethod[] Methods = [DisclosureMethod.Suppression, DisclosureMethod.Rounding, DisclosureMethod.CellKey];

    public static void Run(int cases, int trials, TextWriter output)
    {
        var persons = Population(cases, out var caseCount);
        output.WriteLine($"Method comparison on {caseCount:N0} synthetic cases ({persons.Count:N0} persons), threshold 5, rounding base 5, cell-key table D={PerturbationTable.Default.MaxNoise} V=1 js={PerturbationTable.Default.SmallCounts}.");

        var tables = Publication().Select(q => CrossTabulation.Tabulate(persons, q)).ToList();
        var cells = tables.Sum(t => t.Shape.Length);
        var attack = Differencing(persons, trials);
        output.WriteLine($"{tables.Count} tables ({cells:N0} cells, margins included; {tables.Sum(t => t.Cells.Count(c => c.Persons is > 0 and < 5)):N0} cells of 1 to 4 persons); differencing: {trials:N0} targets.");
        output.WriteLine();
        output.WriteLine($"{"method",-12} {"cells hidden",13} {"MAE (shown)",12} {"max error",10} {"attacker right",15} {"attacker sure",14}");
        output.WriteLine($"{"none",-12} {Percent(0),13} {0.0,12:F2} {0,10} {Percent(1),15} {Percent(1),14}");
        foreach (var method in Methods)
        {
            var options = new DisclosureOptions { Method = method };
            long hidden = 0, shown = 0;
            double error = 0;
            var maxError = 0m;
            foreach (var table in tables)
            {
                var published = DisclosureControl.Protect(table, options);
                for (var i = 0; i < table.Shape.Length; i++)
                {
                    if (published.Cells[i].Value is { } value)
                    {
                        var e = Math.Abs(value - table.PersonsAt(i));
                        error += (double)e;
                        maxError = Math.Max(maxError, e);
                        shown++;
                    }
                    else
                    {
                        hidden++;
                    }
                }
            }

            var (right, sure) = attack(options);
            output.WriteLine($"{KebabCaseOf(method),-12} {Percent(hidden / (double)cells),13} {error / shown,12:F2} {maxError,10} {Percent(right),15} {Percent(sure),14}");
        }

        output.WriteLine($"{"(prior)",-12} {"",13} {"",12} {"",10} {Percent(attack(null).Right),15} {"",14}");
    }

    /// <summary>A national publication: the dashboard's and the annual report's tables, and sparse ones where suppression bites.</summary>
    private static List<StatisticsQuery> Publication()
    {
        var year = new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = "2025" };
        var quarter = new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = "2025", [StatisticalDimension.Quarter] = "q1" };
        return
        [
            new(Measure.Registered, [StatisticalDimension.ExploitationForm, StatisticalDimension.Sex, StatisticalDimension.Year]),
            new(Measure.Registered, [StatisticalDimension.Sex]) { Filters = year },
            new(Measure.Registered, [StatisticalDimension.NationalityGroup]) { Filters = year },
            new(Measure.Registered, [StatisticalDimension.ChildOrAdult]) { Filters = year },
            new(Measure.Registered, [StatisticalDimension.Sex, StatisticalDimension.AgeGroup]) { Filters = year },
            new(Measure.Sheltered, [StatisticalDimension.Region, StatisticalDimension.Sex]) { Filters = year },
            new(Measure.CgPositive, [StatisticalDimension.AgencyType, StatisticalDimension.NationalityGroup, StatisticalDimension.Sex]) { Filters = year },
            new(Measure.Registered, [StatisticalDimension.Departement, StatisticalDimension.Nationality, StatisticalDimension.Sex]) { Filters = quarter },
            new(Measure.ChildrenMissing, [StatisticalDimension.Departement, StatisticalDimension.ExploitationForm]) { Filters = year },
            new(Measure.ExitPathway, [StatisticalDimension.Nationality, StatisticalDimension.AgeGroup]) { Filters = quarter },
        ];
    }

    /// <summary>
    /// The attacker knows one person T, and holds the table of registered persons by form over T's département and
    /// quarter (hundreds of persons) and the same table without T (published before T was registered, or through a
    /// filter that leaves T out). They guess T's form: the one category whose figure changed, if exactly one did (then
    /// they are sure: the other categories hold the same persons), else the most common form. "Right" is how often the
    /// guess is T's form; "sure", how often exactly one figure changed.
    /// </summary>
    private static Func<DisclosureOptions?, (double Right, double Sure)> Differencing(IReadOnlyList<StatisticalPerson> persons, int trials)
    {
        var random = new Random(18);
        var groups = persons.GroupBy(p => (p.FirstDetectedOn.Year, (p.FirstDetectedOn.Month - 1) / 3, StatisticalDimensions.CategoryOf(StatisticalDimension.Departement, p)))
            .ToDictionary(g => g.Key, g => g.ToList());
        var targets = Enumerable.Range(0, trials).Select(_ => persons[random.Next(persons.Count)]).ToList();
        var forms = StatisticalDimensions.Order(StatisticalDimension.ExploitationForm, persons.Select(p => StatisticalDimensions.CategoryOf(StatisticalDimension.ExploitationForm, p)).Distinct());
        return options =>
        {
            int right = 0, sure = 0;
            foreach (var target in targets)
            {
                var group = groups[(target.FirstDetectedOn.Year, (target.FirstDetectedOn.Month - 1) / 3, StatisticalDimensions.CategoryOf(StatisticalDimension.Departement, target))];
                var with = ByForm(group, forms, null);
                var without = ByForm(group, forms, target);
                string guess;
                if (options is null)
                {
                    guess = forms.MaxBy(f => without[[f]].Persons)!;
                }
                else
                {
                    var after = DisclosureControl.Protect(with, options);
                    var before = DisclosureControl.Protect(without, options);
                    var changed = forms.Where(f => after[f].Value != before[f].Value).ToList();
                    if (changed.Count == 1 && after[changed[0]].Value is not null && before[changed[0]].Value is not null)
                    {
                        sure++;
                        guess = changed[0];
                    }
                    else
                    {
                        var candidates = changed.Count > 0 ? changed : forms;
                        guess = candidates.MaxBy(f => (after[f].Value ?? 0) - (before[f].Value ?? 0) + (before[f].Value ?? 0) / 1e6m)!;
                    }
                }

                right += guess == StatisticalDimensions.CategoryOf(StatisticalDimension.ExploitationForm, target) ? 1 : 0;
            }

            return (right / (double)trials, sure / (double)trials);
        };
    }

    private static CrossTable ByForm(List<StatisticalPerson> group, IReadOnlyList<string> forms, StatisticalPerson? leftOut)
    {
        var cells = group.Where(p => !ReferenceEquals(p, leftOut))
            .GroupBy(p => StatisticalDimensions.CategoryOf(StatisticalDimension.ExploitationForm, p))
            .Select(g => new TableCell([g.Key], g.Count(), g.Count()) { KeySum = g.Sum(p => (long)p.RecordKey) });
        return CrossTable.FromInnerCells(Measure.Registered, [StatisticalDimension.ExploitationForm], [forms], cells);
    }

    /// <summary>Persons resolved from the synthetic cases, each with a record key (seeded, for a reproducible run).</summary>
    private static List<StatisticalPerson> Population(int cases, out int caseCount)
    {
        var population = new SyntheticPopulation(seed: 6);
        var keys = new Random(2026);
        var persons = new List<StatisticalPerson>();
        caseCount = 0;
        while (caseCount < cases)
        {
            var records = population.NextPerson();
            caseCount += records.Count;
            persons.Add(PersonResolution.Resolve(records)[0] with { RecordKey = keys.Next(RecordKeys.Range) });
        }

        return persons;
    }

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string KebabCaseOf(DisclosureMethod method) => Passerelle.Domain.Texts.KebabCase.Of(method);
}
