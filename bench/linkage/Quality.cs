using Passerelle.Domain.Linkage;

namespace Passerelle.Bench.Linkage;

public sealed record Quality(long TruePositives, long Predicted, long Actual)
{
    public double Precision => Predicted == 0 ? 0 : TruePositives / (double)Predicted;

    public double Recall => Actual == 0 ? 0 : TruePositives / (double)Actual;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Pairs as text ("a|b", <see cref="FebrlData.PairText"/>) or as record index keys (<see cref="PairKey"/>).</summary>
    public static Quality Of<T>(IEnumerable<T> predictedPairs, HashSet<T> truePairs)
    {
        var predicted = predictedPairs.ToHashSet(truePairs.Comparer);
        return new Quality(predicted.Count(truePairs.Contains), predicted.Count, truePairs.Count);
    }
}
