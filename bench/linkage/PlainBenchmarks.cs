using System.Diagnostics;
using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Blocking;

namespace Passerelle.Bench.Linkage;

public static class PlainBenchmarks
{
    /// <summary>One untimed run so that the timed ones measure the linkage, not the JIT.</summary>
    public static void Warm(string folder) => RunDataset4(folder, FebrlData.MapWithoutIdentifier);

    public static void Dataset4(string folder, string map, string label)
    {
        var watch = Stopwatch.StartNew();
        var (records, result) = RunDataset4(folder, map);
        watch.Stop();
        Report($"dataset 4a × 4b, {label}", records, result, acrossSources: true, watch.Elapsed);
    }

    public static void Dataset2(string folder)
    {
        var watch = Stopwatch.StartNew();
        var records = FebrlData.Read(folder, "dataset2.csv", "2", FebrlData.MapWithoutIdentifier);
        var result = new LinkageEngine(new LinkageOptions()).Run(new LinkageRequest(records));
        watch.Stop();
        Report("dataset 2 deduplication, plain, without soc_sec_id", records, result, acrossSources: false, watch.Elapsed);
    }

    private static (List<PersonRecord>, LinkageResult) RunDataset4(string folder, string map)
    {
        var records = FebrlData.Read(folder, "dataset4a.csv", "a", map);
        records.AddRange(FebrlData.Read(folder, "dataset4b.csv", "b", map));
        var engine = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.AcrossSources });
        return (records, engine.Run(new LinkageRequest(records)));
    }

    private static void Report(string label, List<PersonRecord> records, LinkageResult result, bool acrossSources, TimeSpan elapsed)
    {
        var truth = FebrlData.TruePairs(records, acrossSources);
        var quality = Quality.Of(result.LinkedPairs.Select(p => FebrlData.PairText(p.LeftId, p.RightId)), truth);
        var index = records.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var trueIndexPairs = truth.Select(t => t.Split('|')).Select(p => (index[p[0]], index[p[1]])).ToList();
        var completeness = BlockingEvaluation.PairCompleteness(result.Blocking, trueIndexPairs);
        Console.WriteLine($"== {label}");
        Console.WriteLine($"   records {records.Count}, pairs compared {result.Blocking.Pairs.Count:N0}, "
            + $"pair completeness {completeness:P2}, EM {result.Estimation.Iterations} iterations, prior {result.Parameters.Prior:G3}");
        Console.WriteLine($"   thresholds: match ≥ {result.Thresholds.Match:F2}, review ≥ {result.Thresholds.Review:F2} (from the EM prior)");
        Console.WriteLine($"   precision {quality.Precision:F4}, recall {quality.Recall:F4}, F1 {quality.F1:F4} "
            + $"({quality.TruePositives}/{quality.Predicted} predicted, {quality.Actual} true)");
        Console.WriteLine($"   wall time {elapsed.TotalMilliseconds:F0} ms (read CSV, standardise, block, EM, score, cluster)");
    }
}
