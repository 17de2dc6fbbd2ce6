using System.Diagnostics;
using System.Numerics;
using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Privacy;

namespace Passerelle.Bench.Linkage;

public static class PprlBenchmarks
{
    public static void Dataset4(string folder, string map, string label, bool print = true)
    {
        var key = ClkKey.Generate();
        var watch = Stopwatch.StartNew();
        var records = FebrlData.Read(folder, "dataset4a.csv", "a", map);
        records.AddRange(FebrlData.Read(folder, "dataset4b.csv", "b", map));
        var encoder = new ClkEncoder(key);
        var encoded = new EncodedRecord[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => encoded[i] = new EncodedRecord(records[i].Id, records[i].Source, encoder.Encode(records[i])));
        var encodeTime = watch.Elapsed;
        var engine = new PrivateLinkageEngine(new PrivateLinkageOptions { Mode = LinkageMode.AcrossSources, SourcesAreDeduplicated = true });
        var result = engine.Run(encoded);
        watch.Stop();
        if (!print)
        {
            return;
        }

        var truth = FebrlData.TruePairs(records, acrossSources: true);
        var quality = Quality.Of(result.LinkedPairs.Select(p => FebrlData.PairText(p.LeftId, p.RightId)), truth);
        var filters = new BloomFilterSet(encoded.Select(e => e.Bits).ToList());
        var fill = Enumerable.Range(0, filters.Count).Average(filters.BitCount) / ClkSettings.Bits;
        Console.WriteLine($"== dataset 4a × 4b, PPRL (CLK 1024 bits, Hamming-LSH blocking), {label}");
        Console.WriteLine($"   records {records.Count}, pairs compared {result.PairsCompared:N0}, mean fill {fill:P1}, "
            + $"Dice thresholds: match ≥ {result.MatchThreshold:F3}, review ≥ {result.ReviewThreshold:F3} (fixed on dataset 1)");
        Console.WriteLine($"   precision {quality.Precision:F4}, recall {quality.Recall:F4}, F1 {quality.F1:F4} "
            + $"({quality.TruePositives}/{quality.Predicted} predicted, {quality.Actual} true)");
        Console.WriteLine($"   wall time {watch.Elapsed.TotalMilliseconds:F0} ms "
            + $"(of which read + encode {encodeTime.TotalMilliseconds:F0} ms, done by the agencies)");
        Throughput(filters, records);
    }

    /// <summary>
    /// How the default Dice thresholds were fixed: on FEBRL dataset 1 (deduplication, not reported below),
    /// the Dice that maximises pairwise F1 is the match threshold; review starts 0.1 lower.
    /// </summary>
    public static void CalibrateOnDataset1(string folder, string map)
    {
        var records = FebrlData.Read(folder, "dataset1.csv", "1", map);
        var encoder = new ClkEncoder(ClkKey.Generate());
        var filters = new BloomFilterSet(records.Select(encoder.Encode).ToList());
        var pairs = new HammingLshBlocker(150, 15).Block(filters, records.Select(r => r.Source).ToList(), LinkageMode.Deduplicate);
        var truth = FebrlData.TruePairs(records, acrossSources: false);
        var scored = pairs.Select(p => (Dice: filters.Dice(p.Left, p.Right),
            True: truth.Contains(FebrlData.PairText(records[p.Left].Id, records[p.Right].Id)))).ToList();
        var best = Enumerable.Range(40, 56).Select(t => t / 100.0).Select(t =>
        {
            var predicted = scored.Count(x => x.Dice >= t);
            var correct = scored.Count(x => x.Dice >= t && x.True);
            return (Threshold: t, F1: predicted == 0 ? 0 : 2.0 * correct / (predicted + truth.Count));
        }).MaxBy(x => x.F1);
        Console.WriteLine($"== PPRL threshold calibration on dataset 1: best pairwise F1 {best.F1:F4} at Dice {best.Threshold:F2} "
            + $"(defaults in use: match {PrivateLinkageOptions.DefaultMatchThreshold:F2}, review {PrivateLinkageOptions.DefaultReviewThreshold:F2})");
    }

    /// <summary>Dice over the blocked pairs against a popcount loop over the same bit arrays, one thread each.</summary>
    private static void Throughput(BloomFilterSet filters, List<PersonRecord> records)
    {
        var pairs = new HammingLshBlocker(150, 15).Block(filters, records.Select(r => r.Source).ToList(), LinkageMode.AcrossSources);
        var lefts = pairs.Select(p => p.Left).ToArray();
        var rights = pairs.Select(p => p.Right).ToArray();
        var (diceRate, checksum) = Rate(() =>
        {
            var sum = 0.0;
            for (var i = 0; i < lefts.Length; i++)
            {
                sum += filters.Dice(lefts[i], rights[i]);
            }

            return (lefts.Length, sum);
        });
        var (popRate, popChecksum) = Rate(() =>
        {
            long sum = 0;
            for (var i = 0; i + 1 < filters.Count; i++)
            {
                var a = filters.Filter(i);
                var b = filters.Filter(i + 1);
                for (var w = 0; w < a.Length; w++)
                {
                    sum += BitOperations.PopCount(a[w] & b[w]);
                }
            }

            return (filters.Count - 1, sum);
        });
        Console.WriteLine($"   Dice comparisons {diceRate / 1e6:F1} M/s vs tight popcount loop {popRate / 1e6:F1} M/s "
            + $"over the same arrays: {diceRate / popRate:P0} (checksums {checksum:F0}, {popChecksum})");
    }

    private static (double PerSecond, double Checksum) Rate(Func<(int Count, double Checksum)> pass)
    {
        pass();
        var watch = Stopwatch.StartNew();
        long done = 0;
        double checksum = 0;
        while (watch.ElapsedMilliseconds < 300)
        {
            var (count, sum) = pass();
            done += count;
            checksum = sum;
        }

        return (done / watch.Elapsed.TotalSeconds, checksum);
    }
}
