using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Fellegi–Sunter parameters: for each field and level, m = P(level | same person) and u = P(level | different
/// persons); <see cref="Prior"/> is the share of candidate pairs that are matches. A level's match weight is
/// log2(m/u): positive when the level is more common among matches. With <see cref="Conditional"/>, fields that
/// depend on another one take their u from it when that field agrees.
/// </summary>
public sealed class MatchParameters
{
    private readonly double[][] weightsWhenConditionHolds;

    public MatchParameters(ComparisonSchema schema, double[][] m, double[][] u, double prior, ConditionalU? conditional = null)
    {
        Schema = schema;
        M = m;
        U = u;
        Prior = prior;
        Conditional = conditional;
        Weights = new double[m.Length][];
        weightsWhenConditionHolds = new double[m.Length][];
        for (var f = 0; f < m.Length; f++)
        {
            Weights[f] = new double[m[f].Length];
            for (var l = 0; l < m[f].Length; l++)
            {
                Weights[f][l] = Math.Log2(m[f][l] / u[f][l]);
            }

            weightsWhenConditionHolds[f] = conditional?.U[f] is { } conditionalU
                ? [.. m[f].Select((mLevel, l) => Math.Log2(mLevel / conditionalU[l]))]
                : Weights[f];
        }
    }

    public ComparisonSchema Schema { get; }

    public IReadOnlyList<double[]> M { get; }

    public IReadOnlyList<double[]> U { get; }

    public double Prior { get; }

    public ConditionalU? Conditional { get; }

    /// <summary>log2(m/u) per field and level.</summary>
    public double[][] Weights { get; }

    /// <param name="leftOut">Bit f set: field f adds nothing (estimation leaves out the fields a pair was blocked on).</param>
    public double Weight(ulong packedLevels, int leftOut = 0)
    {
        var weights = WeightsFor(packedLevels);
        var total = 0.0;
        for (var f = 0; f < weights.Length; f++)
        {
            var level = PackedLevels.Level(packedLevels, f);
            if (level != ComparisonLevel.Missing && (leftOut & (1 << f)) == 0)
            {
                total += weights[f][level];
            }
        }

        return total;
    }

    /// <summary>The weight of each field for this comparison vector, for the reviewer.</summary>
    public IReadOnlyList<FieldWeight> Explain(ulong packedLevels)
    {
        Span<double> weights = stackalloc double[Schema.Fields.Count];
        FieldWeights(packedLevels, weights);
        return Explain(packedLevels, weights);
    }

    /// <summary>Per-field weights already computed (e.g. adjusted by name frequency) with their levels' names.</summary>
    public IReadOnlyList<FieldWeight> Explain(ulong packedLevels, ReadOnlySpan<double> weights)
    {
        var explanation = new FieldWeight[weights.Length];
        for (var f = 0; f < weights.Length; f++)
        {
            var field = Schema.Fields[f];
            var level = PackedLevels.Level(packedLevels, f);
            explanation[f] = level == ComparisonLevel.Missing
                ? new FieldWeight(field, "missing", 0)
                : new FieldWeight(field, ComparisonSchema.LevelNames(field)[level], weights[f]);
        }

        return explanation;
    }

    /// <summary>The weight of each field (0 when missing) into <paramref name="weights"/>, without allocating.</summary>
    public void FieldWeights(ulong packedLevels, Span<double> weights)
    {
        var table = WeightsFor(packedLevels);
        for (var f = 0; f < table.Length; f++)
        {
            var level = PackedLevels.Level(packedLevels, f);
            weights[f] = level == ComparisonLevel.Missing ? 0 : table[f][level];
        }
    }

    private double[][] WeightsFor(ulong packedLevels) =>
        Conditional is not null && Conditional.Applies(packedLevels) ? weightsWhenConditionHolds : Weights;

    /// <summary>Starting values for EM: agreement is likely among matches and rare among non-matches.</summary>
    public static MatchParameters Initial(ComparisonSchema schema, double[][]? u = null)
    {
        var count = schema.Fields.Count;
        var m = new double[count][];
        var initialU = new double[count][];
        for (var f = 0; f < count; f++)
        {
            var levels = schema.LevelCount(f);
            m[f] = new double[levels];
            initialU[f] = new double[levels];
            for (var l = 0; l < levels; l++)
            {
                // m grows geometrically towards exact agreement, u shrinks: any reasonable asymmetric start works.
                m[f][l] = Math.Pow(3, l);
                initialU[f][l] = Math.Pow(3, levels - 1 - l);
            }

            Normalise(m[f]);
            Normalise(initialU[f]);
        }

        return new MatchParameters(schema, m, u ?? initialU, 0.05);
    }

    internal static void Normalise(double[] probabilities)
    {
        var sum = probabilities.Sum();
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= sum;
        }
    }
}

/// <summary>What one field contributed to a pair's weight, e.g. (familyName, "JW ≥ 0.94", +7.1).</summary>
public sealed record FieldWeight(LinkageField Field, string Level, double Weight);
