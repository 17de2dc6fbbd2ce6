using System.Globalization;
using System.Text;

namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>
/// One entry of a perturbation table: a cell of <see cref="Count"/> persons (the last row stands for every larger
/// count) whose cell key lies in [<see cref="KeyFrom"/>, <see cref="KeyTo"/>) is published as
/// <c>Count + Noise</c>. <see cref="Probability"/> is the width of that interval over the key range.
/// </summary>
public sealed record PerturbationTransition(int Count, int Noise, double Probability, int KeyFrom, int KeyTo);

/// <summary>
/// The published perturbation table ("ptable") of the cell-key method, as the ptable R package of the German
/// statistical office lays it out (Enderle; columns i, j, p, v and the cumulative interval), with integer key
/// intervals over the record-key range. The table Passerelle uses is a data file shipped with the domain
/// (<c>ptable-D3-V1-js2.csv</c>), reproduced exactly by <see cref="PerturbationTableDesign.Create"/>; its parameters and
/// sources are in docs/statistics-disclosure.md.
/// </summary>
public sealed class PerturbationTable
{
    public const string ResourceName = "Passerelle.Domain.Statistics.Disclosure.ptable-D3-V1-js2.csv";

    private static readonly Lazy<PerturbationTable> Published = new(() =>
    {
        using var stream = typeof(PerturbationTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The perturbation table {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    });

    private readonly PerturbationTransition[][] rows;

    public PerturbationTable(IEnumerable<PerturbationTransition> transitions, int keyRange = RecordKeys.Range)
    {
        var all = transitions.OrderBy(t => t.Count).ThenBy(t => t.KeyFrom).ToList();
        KeyRange = keyRange;
        TopCount = all.Max(t => t.Count);
        rows = new PerturbationTransition[TopCount + 1][];
        for (var count = 0; count <= TopCount; count++)
        {
            var row = all.Where(t => t.Count == count).ToArray();
            var next = 0;
            foreach (var t in row)
            {
                if (t.KeyFrom != next || t.KeyTo <= t.KeyFrom)
                {
                    throw new FormatException($"The key intervals of count {count} must cover [0, {keyRange}) without gap or overlap.");
                }

                next = t.KeyTo;
            }

            if (next != keyRange)
            {
                throw new FormatException($"The key intervals of count {count} must cover [0, {keyRange}).");
            }

            rows[count] = row;
        }

        Transitions = all;
        MaxNoise = all.Max(t => Math.Abs(t.Noise));
        SmallCounts = Enumerable.Range(1, TopCount).TakeWhile(n => all.All(t => t.Count + t.Noise != n)).LastOrDefault();
    }

    /// <summary>The table Passerelle publishes with: maximum noise 3, variance 1, no published 1 or 2.</summary>
    public static PerturbationTable Default => Published.Value;

    public IReadOnlyList<PerturbationTransition> Transitions { get; }

    public int KeyRange { get; }

    /// <summary>The row that stands for this count and every larger one.</summary>
    public int TopCount { get; }

    /// <summary>The largest absolute noise (D).</summary>
    public int MaxNoise { get; }

    /// <summary>Counts from 1 to this value are never published (js): with the default table, no 1s and no 2s.</summary>
    public int SmallCounts { get; }

    /// <summary>The noise of a cell of <paramref name="count"/> persons whose record keys add up to <paramref name="keySum"/>.</summary>
    public int Noise(int count, long keySum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var key = (int)(((keySum % KeyRange) + KeyRange) % KeyRange);
        foreach (var t in rows[Math.Min(count, TopCount)])
        {
            if (key < t.KeyTo)
            {
                return t.Noise;
            }
        }

        throw new InvalidOperationException("Unreachable: the intervals cover the key range.");
    }

    /// <summary>The published count: never negative, never 1 to <see cref="SmallCounts"/>, and a zero stays zero.</summary>
    public int Perturb(int count, long keySum) => count + Noise(count, keySum);

    /// <summary>The noises a row can give, with their probabilities.</summary>
    public IReadOnlyList<PerturbationTransition> Row(int count) => rows[Math.Min(count, TopCount)];

    /// <summary>
    /// The data file: <c>i</c> the original count (the last stands for every larger one), <c>j</c> the published
    /// count, <c>p</c> the probability, <c>v</c> the noise j − i, <c>p_int_lb</c>/<c>p_int_ub</c> the cumulative
    /// interval in [0, 1) and <c>key_from</c>/<c>key_to</c> the same interval over the cell keys.
    /// </summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("i,j,p,v,p_int_lb,p_int_ub,key_from,key_to\n");
        foreach (var t in Transitions)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{t.Count},{t.Count + t.Noise},{Format(t.Probability)},{t.Noise},{Format((double)t.KeyFrom / KeyRange)},{Format((double)t.KeyTo / KeyRange)},{t.KeyFrom},{t.KeyTo}\n");
        }

        return csv.ToString();
    }

    public static PerturbationTable Parse(string csv, int keyRange = RecordKeys.Range)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2 || lines[0] != "i,j,p,v,p_int_lb,p_int_ub,key_from,key_to")
        {
            throw new FormatException("Expected the header i,j,p,v,p_int_lb,p_int_ub,key_from,key_to.");
        }

        return new PerturbationTable(
            lines.Skip(1).Select(line =>
            {
                var f = line.Split(',');
                var i = int.Parse(f[0], CultureInfo.InvariantCulture);
                var from = int.Parse(f[6], CultureInfo.InvariantCulture);
                var to = int.Parse(f[7], CultureInfo.InvariantCulture);
                return new PerturbationTransition(i, int.Parse(f[3], CultureInfo.InvariantCulture), (double)(to - from) / keyRange, from, to);
            }),
            keyRange);
    }

    private static string Format(double value) => value.ToString("0.################", CultureInfo.InvariantCulture);
}
