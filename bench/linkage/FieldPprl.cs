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
    public static (LinkageResult Result, TimeSpan Encoding) Run(IReadOnlyList<PersonRecord> records, LinkageOptions options)
    {
        var watch = Stopwatch.StartNew();
        var encoder = new FieldEncoder(EncodingKey.Generate());
        var texts = new string[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => texts[i] = EncodedIdentity.Write(encoder.Encode(records[i])));
        var encoding = watch.Elapsed;
        var encoded = new StandardisedRecord[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            if (!EncodedIdentity.TryRead(records[i].Id, records[i].Source, texts[i], out var record, out var error))
            {
                throw new InvalidOperationException($"Encoding of {records[i].Id} does not read back: {error}.");
            }

            encoded[i] = record!;
        }

        return (new LinkageEngine(options).Run(encoded), encoding);
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
