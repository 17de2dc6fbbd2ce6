using System.Diagnostics;
using Passerelle.Domain.Linkage;

namespace Passerelle.Bench.Linkage;

/// <summary>
/// Scenarios on <see cref="RealisticPopulation"/>: two agencies linked across, four agencies deduplicated, and one
/// account flooding the registry. Each prints precision, recall and F1, plain and PPRL. Nothing here is fitted on
/// the pairs it reports: plain thresholds come from the estimated prior, PPRL thresholds from FEBRL dataset 1.
/// Seed 2026 is the reported seed; development used other seeds (see docs/linkage.md).
/// </summary>
public static class RealisticBenchmarks
{
    public static void Run(int perAgency, int seed)
    {
        var twoAgencies = new RealisticPopulation(seed).TwoAgencies(perAgency);
        Scenario($"realistic, 2 agencies ≈ {perAgency:N0} × {perAgency:N0} (seed {seed}), across sources",
            twoAgencies, LinkageMode.AcrossSources);
        if (Environment.GetEnvironmentVariable("LINKAGE_BENCH_TWO_ONLY") is not null)
        {
            return;
        }

        // Clean sources (no internal duplicates), linked with and without the one-to-one option.
        var clean = new RealisticPopulation(seed).Generate((int)(perAgency / 0.725), 2, internalDuplicates: 0);
        Scenario($"realistic, 2 clean agencies ≈ {perAgency:N0} × {perAgency:N0} (seed {seed}), across sources", clean, LinkageMode.AcrossSources, pprl: false);
        Scenario($"same, one-to-one (sources declared free of duplicates)", clean, LinkageMode.AcrossSources, pprl: false, oneToOne: true);

        var four = new RealisticPopulation(seed + 1).Generate(perAgency, 4);
        Scenario($"realistic, 4 agencies, {four.Count:N0} records (seed {seed + 1}), deduplication", four, LinkageMode.Deduplicate);

        var generator = new RealisticPopulation(seed + 2);
        var flooded = generator.Generate(perAgency / 2, 3);
        var floodSize = perAgency;
        flooded.AddRange(generator.Flood(floodSize, personId: -1, source: "agency-0"));
        Scenario($"realistic, 3 agencies + one account flooding {floodSize:N0} near-identical cases (seed {seed + 2}), deduplication",
            flooded, LinkageMode.Deduplicate);
    }

    public static void Scenario(string label, List<GeneratedRecord> generated, LinkageMode mode, bool pprl = true, bool oneToOne = false)
    {
        var records = generated.Select(g => g.Record).ToList();
        var truthOf = generated.ToDictionary(g => g.Record.Id, g => g.PersonId);
        // Pairs among flood records (person id −1) are left out of precision and recall: the point is the others.
        var truth = TruePairs(generated.Where(g => g.PersonId >= 0).ToList(), mode);
        var flood = generated.Where(g => g.PersonId < 0).Select(g => g.Record.Id).ToHashSet(StringComparer.Ordinal);
        Console.WriteLine($"== {label}");
        Console.WriteLine($"   records {records.Count:N0}, true persons {truthOf.Values.Distinct().Count():N0}, true pairs {truth.Count:N0}"
            + (flood.Count > 0 ? $" (scored without the {flood.Count:N0} flood records)" : ""));

        var watch = Stopwatch.StartNew();
        var result = new LinkageEngine(DevelopmentOptions(new LinkageOptions { Mode = mode, SourcesAreDeduplicated = oneToOne })).Run(new LinkageRequest(records));
        watch.Stop();
        var quality = Quality.Of(result.LinkedPairs.Where(p => !flood.Contains(p.LeftId) && !flood.Contains(p.RightId)).Select(p => FebrlData.PairText(p.LeftId, p.RightId)), truth);
        Console.WriteLine($"   plain: precision {quality.Precision:F4}, recall {quality.Recall:F4}, F1 {quality.F1:F4}; "
            + $"persons found {result.Persons.Count:N0}; pairs compared {result.Blocking.Pairs.Count:N0}; "
            + $"match ≥ {result.Thresholds.Match:F1} bits, review ≥ {result.Thresholds.Review:F1}; "
            + $"review queue {result.Pairs.Count(p => p.Decision == Domain.Linkage.Scoring.MatchDecision.Review):N0}; {watch.ElapsedMilliseconds:N0} ms");

        if (Environment.GetEnvironmentVariable("LINKAGE_BENCH_ERRORS") is { } shown)
        {
            Errors(result, records, truth, int.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!pprl || Environment.GetEnvironmentVariable("LINKAGE_BENCH_NO_PPRL") is not null)
        {
            return;
        }

        watch.Restart();
        var (private_, encoding) = FieldPprl.Run(records, new LinkageOptions { Mode = mode, SourcesAreDeduplicated = oneToOne });
        watch.Stop();
        var pq = Quality.Of(private_.LinkedPairs.Where(p => !flood.Contains(p.LeftId) && !flood.Contains(p.RightId)).Select(p => FebrlData.PairText(p.LeftId, p.RightId)), truth);
        Console.WriteLine($"   PPRL:  precision {pq.Precision:F4}, recall {pq.Recall:F4}, F1 {pq.F1:F4}; "
            + $"persons found {private_.Persons.Count:N0}; pairs compared {private_.Blocking.Pairs.Count:N0}; "
            + $"match ≥ {private_.Thresholds.Match:F1} bits, review ≥ {private_.Thresholds.Review:F1}; "
            + $"{watch.ElapsedMilliseconds:N0} ms (encoding {encoding.TotalMilliseconds:N0} ms, done by the agencies)");
        if (Environment.GetEnvironmentVariable("LINKAGE_BENCH_PPRL_ERRORS") is { } pprlShown)
        {
            Errors(private_, records, truth, int.Parse(pprlShown, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Development aid: LINKAGE_BENCH_MATCH_P overrides the match probability, LINKAGE_BENCH_SPLIT the split block size, LINKAGE_BENCH_MAX_BLOCK the largest block or year window compared, LINKAGE_BENCH_NO_TF turns name frequencies off (development seeds only).</summary>
    internal static LinkageOptions DevelopmentOptions(LinkageOptions options)
    {
        static double? Read(string name) =>
            Environment.GetEnvironmentVariable(name) is { } value ? double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return options with
        {
            MatchProbability = Read("LINKAGE_BENCH_MATCH_P") ?? options.MatchProbability,
            SplitBlockSize = (int)(Read("LINKAGE_BENCH_SPLIT") ?? options.SplitBlockSize),
            MaxBlockSize = (int)(Read("LINKAGE_BENCH_MAX_BLOCK") ?? options.MaxBlockSize),
            TermFrequencies = Environment.GetEnvironmentVariable("LINKAGE_BENCH_NO_TF") is null && options.TermFrequencies,
        };
    }

    /// <summary>Development aid: some false links and missed pairs with their per-field weights.</summary>
    internal static void Errors(LinkageResult result, List<PersonRecord> records, HashSet<string> truth, int count)
    {
        var byId = records.ToDictionary(r => r.Id);
        var linked = result.LinkedPairs.ToDictionary(p => FebrlData.PairText(p.LeftId, p.RightId));
        var scored = result.Pairs.ToDictionary(p => FebrlData.PairText(p.LeftId, p.RightId));
        string Show(string id) => $"{byId[id].GivenName} / {byId[id].FamilyName} / {byId[id].BirthDate} / {byId[id].Sex} / {byId[id].Nationality}"
            + (string.IsNullOrEmpty(byId[id].Phone) ? "" : $" / tel {byId[id].Phone}") + $" @{byId[id].Source}";
        var compared = result.Blocking.Pairs.Select(p => FebrlData.PairText(records[p.Left].Id, records[p.Right].Id)).ToHashSet(StringComparer.Ordinal);
        string Explain(string key) => scored.TryGetValue(key, out var p)
            ? $"{p.Weight:F1} {p.Decision}{(p.NamesSwapped ? " swapped" : "")}: " + string.Join(", ", p.Explanation.Select(e => $"{e.Field} {e.Level} {e.Weight:F1}"))
            : compared.Contains(key) ? "compared, below review: " + Below(key) : "never compared (blocking)";
        var std = records.Select(r => Domain.Linkage.Standardisation.StandardisedRecord.From(r)).ToList();
        var indexOf = records.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var comp = new Domain.Linkage.Comparison.RecordComparator(result.Parameters.Schema);
        var scorer = new Domain.Linkage.Scoring.PairScorer(std, comp, result.Parameters, result.Thresholds, false, Domain.Linkage.Scoring.NameFrequencies.Of(std));
        string Below(string key)
        {
            var ids = key.Split('|');
            var levels = new byte[result.Parameters.Schema.Fields.Count];
            var swapped = comp.Compare(std[indexOf[ids[0]]], std[indexOf[ids[1]]], levels);
            var e = scorer.Explain(indexOf[ids[0]], indexOf[ids[1]], Domain.Linkage.Scoring.PackedLevels.Pack(levels), swapped);
            return $"{e.Sum(x => x.Weight):F1}{(swapped ? " swapped" : "")}: " + string.Join(", ", e.Select(x => $"{x.Field} {x.Level} {x.Weight:F1}"));
        }

        Summary(result, records, truth, linked, scored, compared);
        Console.WriteLine("   -- false links");
        foreach (var key in linked.Keys.Where(k => !truth.Contains(k)).Take(count))
        {
            var ids = key.Split('|');
            Console.WriteLine($"      {Show(ids[0])}  ~  {Show(ids[1])}  [{Explain(key)}]");
        }

        Console.WriteLine("   -- missed");
        foreach (var key in truth.Where(k => !linked.ContainsKey(k)).Take(count))
        {
            var ids = key.Split('|');
            Console.WriteLine($"      {Show(ids[0])}  ~  {Show(ids[1])}  [{Explain(key)}]");
        }
    }

    /// <summary>Errors counted by kind: false links by birth-date level and name levels, missed pairs by where they were lost.</summary>
    private static void Summary(LinkageResult result, List<PersonRecord> records, HashSet<string> truth,
        Dictionary<string, LinkedPair> linked, Dictionary<string, ScoredPair> scored,
        HashSet<string> compared)
    {
        string Levels(ScoredPair p) => string.Join(", ", p.Explanation
            .Where(e => e.Field is LinkageField.GivenName or LinkageField.FamilyName or LinkageField.BirthDate)
            .Select(e => $"{e.Field} {e.Level}"));
        var falseKinds = linked.Keys.Where(k => !truth.Contains(k))
            .GroupBy(k => scored.TryGetValue(k, out var p) ? (p.Decision == Domain.Linkage.Scoring.MatchDecision.Match ? "match: " : "review, clustered: ") + Levels(p)
                : compared.Contains(k) ? "clustered, below review" : "clustered, never compared")
            .OrderByDescending(g => g.Count());
        Console.WriteLine($"   -- false links by kind ({linked.Keys.Count(k => !truth.Contains(k))})");
        foreach (var g in falseKinds.Take(25))
        {
            Console.WriteLine($"      {g.Count(),5}  {g.Key}");
        }

        // Contested: one of the two records has another scored pair, to a record of the same other source, within 1 bit.
        var sourceOf = records.ToDictionary(r => r.Id, r => r.Source);
        var byRecord = result.Pairs.SelectMany(p => new[] { (Id: p.LeftId, Other: p.RightId, p.Weight), (Id: p.RightId, Other: p.LeftId, p.Weight) })
            .ToLookup(x => x.Id);
        var personOf = result.Persons.SelectMany(p => p.RecordIds.Select(id => (id, p.PersonKey))).ToDictionary(x => x.id, x => x.PersonKey);
        bool Contested(string key)
        {
            var ids = key.Split('|');
            var w = linked[key].Weight;
            return byRecord[ids[0]].Any(x => personOf[x.Other] != personOf[ids[1]] && sourceOf[x.Other] == sourceOf[ids[1]] && x.Weight >= w - 1)
                || byRecord[ids[1]].Any(x => personOf[x.Other] != personOf[ids[0]] && sourceOf[x.Other] == sourceOf[ids[0]] && x.Weight >= w - 1);
        }

        Console.WriteLine($"   -- contested links (a rival within 1 bit in the same source, not in the same person): false {linked.Keys.Count(k => !truth.Contains(k) && Contested(k))} "
            + $"of {linked.Keys.Count(k => !truth.Contains(k))}, true {linked.Keys.Count(k => truth.Contains(k) && Contested(k))} of {linked.Keys.Count(truth.Contains)}");
        // Calibration: the share of true pairs among scored pairs by weight band, beside the posterior the model gives.
        var prior = result.Parameters.Prior;
        Console.WriteLine("   -- calibration of scored pairs (weight band: true / scored, observed share, model posterior at the band's middle)");
        foreach (var (low, high) in new[] { (8.0, 10.0), (10.0, 12.0), (12.0, 14.0), (14.0, 16.0), (16.0, 20.0), (20.0, 99.0) })
        {
            var band = result.Pairs.Where(p => p.Rule is null && p.Weight >= low && p.Weight < high).ToList();
            var right = band.Count(p => truth.Contains(FebrlData.PairText(p.LeftId, p.RightId)));
            var mid = Math.Min(high, 22) / 2 + low / 2;
            var posterior = Posterior(prior, mid);
            Console.WriteLine($"      [{low:F0}, {high:F0}) bits: {right} / {band.Count}, {(band.Count == 0 ? 0 : right / (double)band.Count):F2}, model {posterior:F2}");
        }

        CalibrationByLevel(result, truth);
        var missedKinds = truth.Where(k => !linked.ContainsKey(k))
            .GroupBy(k => scored.TryGetValue(k, out var p)
                ? (p.Decision == Domain.Linkage.Scoring.MatchDecision.Match ? "match not followed by clustering: " : "in review: ") + Levels(p)
                : compared.Contains(k) ? "compared, below review" : "never compared (blocking)")
            .OrderByDescending(g => g.Count());
        Console.WriteLine($"   -- missed pairs by kind ({truth.Count(k => !linked.ContainsKey(k))})");
        foreach (var g in missedKinds.Take(25))
        {
            Console.WriteLine($"      {g.Count(),5}  {g.Key}");
        }
    }

    /// <summary>
    /// Scored pairs within 2 bits of the match threshold, by each field's level: the share that is true beside the
    /// mean posterior the model gives them. A level whose pairs are systematically less often true than the model
    /// says carries too high a weight there (its m is inflated or its u too low).
    /// </summary>
    private static void CalibrationByLevel(LinkageResult result, HashSet<string> truth)
    {
        var (prior, match) = (result.Parameters.Prior, result.Thresholds.Match);
        var band = result.Pairs.Where(p => p.Rule is null && Math.Abs(p.Weight - match) <= 2).ToList();
        Console.WriteLine($"   -- calibration within 2 bits of the match threshold by field level ({band.Count} pairs: field level: true / pairs, observed share, mean model posterior)");
        foreach (var g in band.SelectMany(p => p.Explanation.Select(e => (Key: $"{e.Field} {e.Level}", Pair: p)))
            .GroupBy(x => x.Key).Where(g => g.Count() >= 10).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var right = g.Count(x => truth.Contains(FebrlData.PairText(x.Pair.LeftId, x.Pair.RightId)));
            var model = g.Average(x => Posterior(prior, x.Pair.Weight));
            Console.WriteLine($"      {g.Key}: {right} / {g.Count()}, {right / (double)g.Count():F2}, model {model:F2}");
        }
    }

    /// <summary>The probability the model gives a pair of that weight (bits) of being one person, from the prior.</summary>
    private static double Posterior(double prior, double weight) =>
        prior * Math.Pow(2, weight) / ((prior * Math.Pow(2, weight)) + 1 - prior);

    public static HashSet<string> TruePairs(List<GeneratedRecord> generated, LinkageMode mode)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in generated.GroupBy(g => g.PersonId))
        {
            var members = group.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    if (mode == LinkageMode.Deduplicate || members[a].Record.Source != members[b].Record.Source)
                    {
                        pairs.Add(FebrlData.PairText(members[a].Record.Id, members[b].Record.Id));
                    }
                }
            }
        }

        return pairs;
    }
}
