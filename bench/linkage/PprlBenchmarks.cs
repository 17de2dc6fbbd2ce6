using System.Diagnostics;
using Passerelle.Domain.Linkage;

namespace Passerelle.Bench.Linkage;

/// <summary>
/// FEBRL with field-level encodings (format 2): the agencies encode, the linker runs the plain engine on tokens
/// and name filters. No threshold is set here: they come from the estimated prior, as in clear.
/// </summary>
public static class PprlBenchmarks
{
    public static void Dataset4(string folder, string map, string label)
    {
        var watch = Stopwatch.StartNew();
        var records = FebrlData.Read(folder, "dataset4a.csv", "a", map);
        records.AddRange(FebrlData.Read(folder, "dataset4b.csv", "b", map));
        var (result, encoding) = FieldPprl.Run(records, new LinkageOptions { Mode = LinkageMode.AcrossSources });
        watch.Stop();
        var truth = FebrlData.TruePairs(records, acrossSources: true);
        var quality = Quality.Of(result.LinkedPairs.Select(p => FebrlData.PairText(p.LeftId, p.RightId)), truth);
        Console.WriteLine($"== dataset 4a × 4b, PPRL (field-level encodings, format 2), {label}");
        Console.WriteLine($"   records {records.Count}, pairs compared {result.Blocking.Pairs.Count:N0}, "
            + $"thresholds: match ≥ {result.Thresholds.Match:F2}, review ≥ {result.Thresholds.Review:F2} (from the EM prior)");
        Console.WriteLine($"   precision {quality.Precision:F4}, recall {quality.Recall:F4}, F1 {quality.F1:F4} "
            + $"({quality.TruePositives}/{quality.Predicted} predicted, {quality.Actual} true)");
        Console.WriteLine($"   wall time {watch.Elapsed.TotalMilliseconds:F0} ms "
            + $"(of which read + encode {encoding.TotalMilliseconds:F0} ms, done by the agencies)");
    }
}
