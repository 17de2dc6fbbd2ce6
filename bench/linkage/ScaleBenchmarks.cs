using System.Diagnostics;
using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Standardisation;

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

    /// <remarks>
    /// Holds no more than a national run's linker would: the generated population is reduced to each record's person
    /// (the truth, 4 bytes a record) and released once standardised — or, for PPRL, once encoded, slice by slice
    /// (<see cref="FieldPprl.Encode"/>); the truth and the predicted pairs are record index keys, not text.
    /// </remarks>
    public static void Deduplicate(int size, bool pprl, int seed = 4242)
    {
        using var trace = new MemoryTrace();
        trace.Phase("generating");
        var options = RealisticBenchmarks.DevelopmentOptions(new LinkageOptions { Mode = LinkageMode.Deduplicate, Progress = trace.Phase });
        var generated = Population(size, seed);
        if (!pprl && Environment.GetEnvironmentVariable("LINKAGE_BENCH_ERRORS") is { } shown)
        {
            Errors(generated, options, int.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        var personOf = generated.Select(g => g.PersonId).ToArray();
        var entered = generated.Select(g => g.Record).ToList();
        generated.Clear();
        generated.TrimExcess();
        GC.Collect();
        var populationBytes = GC.GetTotalMemory(forceFullCollection: true);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        trace.Phase(pprl ? "encoding" : "standardising");
        StandardisedRecord[] records;
        if (pprl)
        {
            (records, var encodeTime) = FieldPprl.Encode(entered, releaseEntered: true);
            Console.WriteLine($"   (encoding {encodeTime.TotalSeconds:F0} s, done by the agencies)");
        }
        else
        {
            records = LinkageEngine.Standardise(entered);
        }

        var count = entered.Count;
        entered.Clear();
        entered.TrimExcess();
        var ids = records.Select(r => r.Id).ToArray();
        var recordBytes = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"   {(pprl ? "encoded" : "standardised")} records, their ids and the truth: {recordBytes / 1e9:F2} GB of managed heap ({recordBytes / count:N0} bytes a record)");
        trace.Phase("linking");
        var result = new LinkageEngine(options).Run(records);
        records = [];
        var pairs = result.Blocking.Pairs.Count;
        Console.WriteLine($"   prior {result.Parameters.Prior:G3}, match ≥ {result.Thresholds.Match:F1} bits, review ≥ {result.Thresholds.Review:F1}");
        // The linked pairs are copied out so that the engine's result is collectable before the truth is built.
        List<(string, string)> linked = [.. result.LinkedPairs.Select(p => (p.LeftId, p.RightId))];
        result = null;
        watch.Stop();
        // The bench's own scoring (the truth's pairs, an index of the ids) must not stack on the engine's garbage and
        // make the process peak the bench's: the engine's memory is released first (nothing of it is referenced now).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        trace.Phase("scoring");
        var indexOf = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            indexOf[ids[i]] = i;
        }

        var quality = Quality.Of(linked.Select(p => PairKey.Of(indexOf[p.Item1], indexOf[p.Item2])), TruePairKeys(personOf));
        Console.WriteLine($"== {count:N0} generated records, deduplication, {(pprl ? "PPRL" : "plain")} (seed {seed})");
        Console.WriteLine($"   wall time {watch.Elapsed.TotalSeconds:F0} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB "
            + $"(whole process, generator included; the generated population alone holds {populationBytes / 1e9:F2} GB of managed heap), pairs compared {pairs:N0}");
        Console.WriteLine($"   CPU time {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F0} s on {Environment.ProcessorCount} cores; "
            + $"load average at start {load}, at end {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?")}");
        Console.WriteLine($"   precision {quality.Precision:F4}, recall {quality.Recall:F4}, F1 {quality.F1:F4}");
    }

    /// <summary>Every pair of records of one person, as record index keys.</summary>
    internal static HashSet<long> TruePairKeys(int[] personOf)
    {
        var order = Enumerable.Range(0, personOf.Length).ToArray();
        Array.Sort(personOf.ToArray(), order);
        var pairs = new HashSet<long>(PairKeyHashing.Instance);
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && personOf[order[end]] == personOf[order[start]])
            {
                end++;
            }

            for (var a = start; a < end; a++)
            {
                for (var b = a + 1; b < end; b++)
                {
                    pairs.Add(PairKey.Of(order[a], order[b]));
                }
            }

            start = end;
        }

        return pairs;
    }

    /// <summary>Development aid (LINKAGE_BENCH_ERRORS): the errors by kind, with the population kept to show them.</summary>
    private static void Errors(List<GeneratedRecord> generated, LinkageOptions options, int shown)
    {
        var records = generated.Select(g => g.Record).ToList();
        var result = new LinkageEngine(options).Run(new LinkageRequest(records));
        Console.WriteLine($"   prior {result.Parameters.Prior:G3}, match ≥ {result.Thresholds.Match:F1} bits, review ≥ {result.Thresholds.Review:F1}");
        RealisticBenchmarks.Errors(result, records, RealisticBenchmarks.TruePairs(generated, LinkageMode.Deduplicate), shown);
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

/// <summary>
/// Pair keys hashed by a multiplicative mix: a long's own hash (its halves XORed) gives the pairs of neighbouring
/// records, which a generated person's records are, a handful of values, and the set degrades into long chains.
/// </summary>
internal sealed class PairKeyHashing : IEqualityComparer<long>
{
    public static PairKeyHashing Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}
