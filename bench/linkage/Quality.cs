namespace Passerelle.Bench.Linkage;

public sealed record Quality(long TruePositives, long Predicted, long Actual)
{
    public double Precision => Predicted == 0 ? 0 : TruePositives / (double)Predicted;

    public double Recall => Actual == 0 ? 0 : TruePositives / (double)Actual;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Quality Of(IEnumerable<string> predictedPairs, HashSet<string> truePairs)
    {
        var predicted = predictedPairs.ToHashSet(StringComparer.Ordinal);
        return new Quality(predicted.Count(truePairs.Contains), predicted.Count, truePairs.Count);
    }
}
