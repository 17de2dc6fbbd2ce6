using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Fellegi–Sunter parameters: for each field and level, m = P(level | same person) and u = P(level | different
/// persons); <see cref="Prior"/> is the share of candidate pairs that are matches. A level's match weight is
/// log2(m/u): positive when the level is more common among matches.
/// </summary>
public sealed class MatchParameters
{
    public MatchParameters(ComparisonSchema schema, double[][] m, double[][] u, double prior)
    {
        Schema = schema;
        M = m;
        U = u;
        Prior = prior;
        Weights = new double[m.Length][];
        for (var f = 0; f < m.Length; f++)
        {
            Weights[f] = new double[m[f].Length];
            for (var l = 0; l < m[f].Length; l++)
            {
                Weights[f][l] = Math.Log2(m[f][l] / u[f][l]);
            }
        }
    }

    public ComparisonSchema Schema { get; }

    public IReadOnlyList<double[]> M { get; }

    public IReadOnlyList<double[]> U { get; }

    public double Prior { get; }

    /// <summary>log2(m/u) per field and level.</summary>
    public double[][] Weights { get; }

    public double Weight(ulong packedLevels)
    {
        var total = 0.0;
        for (var f = 0; f < Weights.Length; f++)
        {
            var level = PackedLevels.Level(packedLevels, f);
            if (level != ComparisonLevel.Missing)
            {
                total += Weights[f][level];
            }
        }

        return total;
    }

    /// <summary>The weight of each field for this comparison vector, for the reviewer.</summary>
    public IReadOnlyList<FieldWeight> Explain(ulong packedLevels)
    {
        var explanation = new List<FieldWeight>(Weights.Length);
        for (var f = 0; f < Weights.Length; f++)
        {
            var field = Schema.Fields[f];
            var level = PackedLevels.Level(packedLevels, f);
            explanation.Add(level == ComparisonLevel.Missing
                ? new FieldWeight(field, "missing", 0)
                : new FieldWeight(field, ComparisonSchema.LevelNames(field)[level], Weights[f][level]));
        }

        return explanation;
    }

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
