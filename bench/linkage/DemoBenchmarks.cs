using System.Globalization;
using Passerelle.DemoData;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Linkage;

namespace Passerelle.Bench.Linkage;

/// <summary>
/// The product's demo population, fed to the engine as the application feeds it (CaseRecords), scored against the
/// generator's truth. The population depends on the date, as the seeder's does.
/// </summary>
public static class DemoBenchmarks
{
    public static void Run(int cases, DateOnly today, int seed = 2026)
    {
        var demo = DemoPopulation.Generate(today, cases, seed).OrderBy(c => c.RegisteredOn).ToList();
        var records = demo.Select((c, i) => Record($"case-{i:D5}", c)).ToList();
        var truth = demo.Select((c, i) => (Id: $"case-{i:D5}", c.PersonId)).ToDictionary(x => x.Id, x => x.PersonId);
        var result = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.Deduplicate }).Run(new LinkageRequest(records));

        var truePairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in truth.GroupBy(t => t.Value).Select(g => g.Select(t => t.Key).ToList()))
        {
            for (var a = 0; a < group.Count; a++)
            {
                for (var b = a + 1; b < group.Count; b++)
                {
                    truePairs.Add(FebrlData.PairText(group[a], group[b]));
                }
            }
        }

        var quality = Quality.Of(result.LinkedPairs.Select(p => FebrlData.PairText(p.LeftId, p.RightId)), truePairs);
        Console.WriteLine($"== demo population, {cases} cases of {today:yyyy-MM-dd}" + (seed == 2026 ? "" : $", seed {seed}"));
        Console.WriteLine($"   true persons {truth.Values.Distinct().Count()}, persons found {result.Persons.Count}, "
            + $"pairs compared {result.Blocking.Pairs.Count:N0}, prior {result.Parameters.Prior:G3}, "
            + $"thresholds match ≥ {result.Thresholds.Match:F2}, review ≥ {result.Thresholds.Review:F2}");
        Console.WriteLine($"   precision {quality.Precision:F3}, recall {quality.Recall:F3} "
            + $"({quality.TruePositives}/{quality.Predicted} linked pairs correct, {quality.Actual} same-person pairs)");

        // Decidable pairs (rule fixed on 2 December 2026, before this figure was measured): the demo generator blanks
        // the identity of some cases, and a pair where one record carries no name at all (only some of birth date,
        // sex, nationality) identifies no one — linking it would be guessing from facts thousands share. Such pairs
        // leave the truth and the predictions alike; the figure over every pair is printed above.
        var named = records.Where(r => !string.IsNullOrWhiteSpace(r.GivenName) || !string.IsNullOrWhiteSpace(r.FamilyName))
            .Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        bool Decidable(string left, string right) => named.Contains(left) && named.Contains(right);
        var decidable = Quality.Of(
            result.LinkedPairs.Where(p => Decidable(p.LeftId, p.RightId)).Select(p => FebrlData.PairText(p.LeftId, p.RightId)),
            truePairs.Where(p => p.Split('|') is [var l, var r] && Decidable(l, r)).ToHashSet(StringComparer.Ordinal));
        Console.WriteLine($"   decidable pairs only (both records carry a name): precision {decidable.Precision:F3}, recall {decidable.Recall:F3} "
            + $"({decidable.TruePositives}/{decidable.Predicted} correct, {decidable.Actual} same-person pairs; {records.Count - named.Count} nameless records)");
        if (Environment.GetEnvironmentVariable("LINKAGE_BENCH_WEIGHTS") is not null)
        {
            Weights(result.Parameters);
        }

        if (Environment.GetEnvironmentVariable("LINKAGE_BENCH_ERRORS") is { } shown)
        {
            RealisticBenchmarks.Errors(result, records, truePairs, int.Parse(shown, CultureInfo.InvariantCulture));
            DemoNamelessPairs.Print(records, truth, truePairs,
                result.LinkedPairs.Select(p => FebrlData.PairText(p.LeftId, p.RightId)).ToHashSet(StringComparer.Ordinal));
        }
    }

    /// <summary>m, u and weight of every level (development aid: which evidence the estimation gave each field).</summary>
    private static void Weights(Domain.Linkage.Scoring.MatchParameters parameters)
    {
        for (var f = 0; f < parameters.Schema.Fields.Count; f++)
        {
            var field = parameters.Schema.Fields[f];
            var names = Domain.Linkage.Comparison.ComparisonSchema.LevelNames(field);
            Console.WriteLine($"   {field}: " + string.Join("; ", names.Select((n, l) =>
                $"{n} m {parameters.M[f][l]:G3} u {parameters.U[f][l]:G3} w {parameters.Weights[f][l]:F1}")));
        }
    }

    /// <summary>As <c>Passerelle.Web.Features.Linkage.CaseRecords</c> builds a case's record.</summary>
    private static PersonRecord Record(string id, DemoCase demoCase)
    {
        var facts = demoCase.Facts;
        return CasePersonRecords.From(id, demoCase.AgencyKey, facts.Identity.LegalName, facts.Identity.DateOfBirth,
            facts.BirthYear, facts.Sex, facts.Nationality, facts.Identity.Phone, facts.Departement);
    }
}
