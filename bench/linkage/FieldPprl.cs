using System.Diagnostics;
using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Privacy;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Bench.Linkage;

/// <summary>
/// Field-level PPRL as the CLI runs it: each agency encodes (<see cref="FieldEncoder"/>, format 2), the text goes
/// through the file format, and the linker runs the plain engine on what it reads back.
/// </summary>
public static class FieldPprl
{
    /// <summary>Records encoded, written and read back at a time: the texts of one slice only are alive at once.</summary>
    private const int Slice = 20_000;

    public static (LinkageResult Result, TimeSpan Encoding) Run(IList<PersonRecord> records, LinkageOptions options)
    {
        var (encoded, encoding) = Encode(records);
        return (new LinkageEngine(options).Run(encoded), encoding);
    }

    /// <summary>
    /// What the linker reads: every record encoded as its agency would (timed), written as text and read back with
    /// the names shared (<see cref="NameCache"/>), as <c>link --encoded</c> reads files.
    /// </summary>
    /// <param name="releaseEntered">
    /// Empties each entry of <paramref name="records"/> once encoded: a national run's linker never holds the clear
    /// records beside their encodings (they stay with the agencies).
    /// </param>
    public static (StandardisedRecord[] Encoded, TimeSpan Encoding) Encode(IList<PersonRecord> records, bool releaseEntered = false)
    {
        var encoder = new FieldEncoder(EncodingKey.Generate());
        // LINKAGE_BENCH_UNSHARED (development aid): each record reads its own names, as before December's sixth pass.
        var names = Environment.GetEnvironmentVariable("LINKAGE_BENCH_UNSHARED") is null ? new NameCache() : null;
        var encoded = new StandardisedRecord[records.Count];
        var texts = new string[Math.Min(Slice, records.Count)];
        var encoding = TimeSpan.Zero;
        for (var start = 0; start < records.Count; start += Slice)
        {
            var (from, size) = (start, Math.Min(Slice, records.Count - start));
            var watch = Stopwatch.StartNew();
            Parallel.For(0, size, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                i => texts[i] = EncodedIdentity.Write(encoder.Encode(records[from + i])));
            encoding += watch.Elapsed;
            for (var i = 0; i < size; i++)
            {
                var entered = records[from + i];
                if (!EncodedIdentity.TryRead(entered.Id, entered.Source, texts[i], out var record, out var error, names))
                {
                    throw new InvalidOperationException($"Encoding of {entered.Id} does not read back: {error}.");
                }

                encoded[from + i] = record!;
                if (releaseEntered)
                {
                    records[from + i] = null!;
                }
            }
        }

        return (encoded, encoding);
    }
}

/// <summary>
/// How the Dice bars of encoded names (<see cref="Domain.Linkage.Comparison.NameComparator.DiceLevel3"/>…) were
/// set: on a development seed (never a reported one), over the name pairs of the plain run's candidates that are
/// not equal, the Dice bar that agrees best with each Jaro–Winkler bar (0.94, 0.88, 0.80).
/// </summary>
public static class DiceCalibration
{
    public static void Run(int perAgency, int seed)
    {
        var records = new RealisticPopulation(seed).TwoAgencies(perAgency).Select(g => g.Record).ToList();
        var result = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.AcrossSources }).Run(new LinkageRequest(records));
        var clear = records.Select(r => StandardisedRecord.From(r)).ToArray();
        var encoder = new FieldEncoder(EncodingKey.Generate());
        var encoded = clear.Select(encoder.Encode).ToArray();
        var pairs = new List<(double Jw, double Dice)>();
        foreach (var (left, right) in result.Blocking.Pairs)
        {
            foreach (var (a, b, x, y) in new[]
            {
                (clear[left].GivenName, clear[right].GivenName, encoded[left].GivenName, encoded[right].GivenName),
                (clear[left].FamilyName, clear[right].FamilyName, encoded[left].FamilyName, encoded[right].FamilyName),
            })
            {
                if (!a.IsEmpty && !b.IsEmpty && a.Joined != b.Joined)
                {
                    pairs.Add((Domain.Linkage.Comparison.StringMetrics.JaroWinkler(a.Joined, b.Joined), NameFilter.Dice(x.Filter, y.Filter)));
                }
            }
        }

        Console.WriteLine($"== Dice bars for encoded names, seed {seed}, {pairs.Count:N0} unequal name pairs of the candidates");
        foreach (var bar in new[] { 0.94, 0.88, 0.80 })
        {
            var best = Enumerable.Range(30, 66).Select(t => t / 100.0)
                .Select(t => (Dice: t, Agreement: pairs.Count(p => (p.Jw >= bar) == (p.Dice >= t)) / (double)pairs.Count))
                .MaxBy(x => x.Agreement);
            Console.WriteLine($"   JW ≥ {bar:F2}: Dice ≥ {best.Dice:F2} agrees on {best.Agreement:P1} of pairs");
        }
    }
}
