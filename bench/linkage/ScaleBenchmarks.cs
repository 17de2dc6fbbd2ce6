using System.Diagnostics;
using Passerelle.Domain.Linkage;

namespace Passerelle.Bench.Linkage;

/// <summary>
/// National scale and "at once": deduplicating a million generated records (plain or PPRL, one per process so that
/// peak memory is each one's), and linking one new record against 100,000 known ones.
/// </summary>
public static class ScaleBenchmarks
{
    /// <summary>About <paramref name="records"/> records from 5 agencies (1.73 records per person on average).</summary>
    private static List<GeneratedRecord> Population(int records, int seed) =>
        new RealisticPopulation(seed).Generate((int)(records / 1.73), 5);

    public static void Deduplicate(int size, bool pprl, int seed = 4242)
    {
        var generated = Population(size, seed);
        var records = generated.Select(g => g.Record).ToList();
        GC.Collect();
        var populationBytes = GC.GetTotalMemory(forceFullCollection: true);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long pairs;
        // The linked pairs are copied out so that the engine's result is collectable before the truth is built.
        List<(string, string)> linked;
        if (pprl)
        {
            var (result, encodeTime) = FieldPprl.Run(records, RealisticBenchmarks.DevelopmentOptions(new LinkageOptions { Mode = LinkageMode.Deduplicate }));
            pairs = result.Blocking.Pairs.Count;
            linked = [.. result.LinkedPairs.Select(p => (p.LeftId, p.RightId))];
            Console.WriteLine($"   (encoding {encodeTime.TotalSeconds:F0} s, done by the agencies)");
        }
        else
        {
            var result = new LinkageEngine(RealisticBenchmarks.DevelopmentOptions(new LinkageOptions { Mode = LinkageMode.Deduplicate })).Run(new LinkageRequest(records));
            pairs = result.Blocking.Pairs.Count;
            linked = [.. result.LinkedPairs.Select(p => (p.LeftId, p.RightId))];
            Console.WriteLine($"   prior {result.Parameters.Prior:G3}, match ≥ {result.Thresholds.Match:F1} bits, review ≥ {result.Thresholds.Review:F1}");
            if (Environment.GetEnvironmentVariable("LINKAGE_BENCH_ERRORS") is { } shown)
            {
                RealisticBenchmarks.Errors(result, records, RealisticBenchmarks.TruePairs(generated, LinkageMode.Deduplicate),
                    int.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        watch.Stop();
        var truth = RealisticBenchmarks.TruePairs(generated, LinkageMode.Deduplicate);
        var quality = Quality.Of(linked.Select(p => FebrlData.PairText(p.Item1, p.Item2)), truth);
        Console.WriteLine($"== {records.Count:N0} generated records, deduplication, {(pprl ? "PPRL" : "plain")} (seed {seed})");
        Console.WriteLine($"   wall time {watch.Elapsed.TotalSeconds:F0} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB "
            + $"(whole process, generator included; the generated population alone holds {populationBytes / 1e9:F2} GB of managed heap), pairs compared {pairs:N0}");
        Console.WriteLine($"   CPU time {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F0} s on {Environment.ProcessorCount} cores; "
            + $"load average at start {load}, at end {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?")}");
        Console.WriteLine($"   precision {quality.Precision:F4}, recall {quality.Recall:F4}, F1 {quality.F1:F4}");
    }

    /// <summary>
    /// Where the candidate pairs of a population come from: per blocking pass, its blocks by size and the pairs
    /// they hold, and how many of its true pairs no other pass found (development aid for frequency-aware blocking).
    /// </summary>
    public static void BlockStatistics(int size, int seed = 4242)
    {
        var generated = Population(size, seed);
        var records = generated.Select(g => Domain.Linkage.Standardisation.StandardisedRecord.From(g.Record)).ToArray();
        var personOf = generated.Select(g => g.PersonId).ToArray();
        var options = RealisticBenchmarks.DevelopmentOptions(new LinkageOptions { Mode = LinkageMode.Deduplicate });
        var candidates = new Domain.Linkage.Blocking.MultiPassBlocker(options.BlockingPasses, options.MaxBlockSize, options.SplitBlockSize).Block(records, options.Mode);
        var onlyBy = new long[options.BlockingPasses.Count];
        var trueBy = new long[options.BlockingPasses.Count];
        for (var i = 0; i < candidates.Pairs.Count; i++)
        {
            var (l, r) = candidates.Pairs[i];
            if (personOf[l] == personOf[r])
            {
                var bits = candidates.PassesOf![i];
                for (var p = 0; p < trueBy.Length; p++)
                {
                    trueBy[p] += (bits >> p) & 1;
                }

                if ((bits & (bits - 1)) == 0)
                {
                    onlyBy[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                }
            }
        }

        Console.WriteLine($"== blocking of {records.Length:N0} records: {candidates.Pairs.Count:N0} distinct pairs, "
            + $"{candidates.Pairs.Count(p => personOf[p.Left] == personOf[p.Right]):N0} true");
        for (var p = 0; p < options.BlockingPasses.Count; p++)
        {
            var pass = options.BlockingPasses[p];
            var sizes = records.Select(pass.Key).Where(k => k is not null).GroupBy(k => k!, StringComparer.Ordinal).Select(g => (long)g.Count()).ToList();
            long Pairs(IEnumerable<long> s) => s.Sum(n => n * (n - 1) / 2);
            Console.WriteLine($"   {pass.Name}: found {candidates.Passes[p].PairsFound:N0} (true {trueBy[p]:N0}, only here {onlyBy[p]:N0}); "
                + $"blocks > 500: {sizes.Count(n => n > 500)}, split {candidates.Passes[p].BlocksSplit}, windows skipped {candidates.Passes[p].OversizedBlocksSkipped}; pairs in blocks of 101–500: {Pairs(sizes.Where(n => n is > 100 and <= 500)):N0}, "
                + $"21–100: {Pairs(sizes.Where(n => n is > 20 and <= 100)):N0}, ≤ 20: {Pairs(sizes.Where(n => n <= 20)):N0}");
        }
    }

    public static void Incremental(int known, int queries = 1000, int seed = 777)
    {
        var generated = Population(known + queries, seed).Select(g => g.Record).OrderBy(r => r.Id.GetHashCode(StringComparison.Ordinal)).ToList();
        var existing = generated.Take(known).ToList();
        var fresh = generated.Skip(known).Take(queries).ToList();
        // Reference parameters from a full run on a 20,000-record sample (the nightly run's role), then the index.
        var watch = Stopwatch.StartNew();
        var options = new LinkageOptions { Mode = LinkageMode.Deduplicate };
        var reference = new LinkageEngine(options).Run(new LinkageRequest(existing.Take(20_000).ToList()));
        var linker = IncrementalLinker.FromReference(existing, reference.Parameters, reference.Thresholds, options);
        var build = watch.Elapsed;
        foreach (var record in fresh.Take(50))
        {
            linker.Link(record with { Id = "warm-" + record.Id });
            linker.Remove("warm-" + record.Id);
        }

        var times = new List<double>(fresh.Count);
        var found = 0;
        foreach (var record in fresh)
        {
            var start = Stopwatch.GetTimestamp();
            found += linker.Link(record).Count > 0 ? 1 : 0;
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"== incremental: {queries:N0} new records, each against {known:N0} known ones (index built in {build.TotalSeconds:F0} s)");
        Console.WriteLine($"   per record: p50 {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95)]:F2} ms, "
            + $"p99 {times[(int)(times.Count * 0.99)]:F2} ms, max {times[^1]:F2} ms; {found} found a match or review pair");
    }
}
