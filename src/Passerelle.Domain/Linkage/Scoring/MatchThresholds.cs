namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Weight thresholds: at or above <see cref="Match"/> a pair is linked, from <see cref="Review"/> up to it a
/// coordinator decides, below it the records are different persons.
/// </summary>
public sealed record MatchThresholds(double Match, double Review)
{
    /// <summary>
    /// Thresholds from the estimated prior rather than tuned on labelled pairs: a pair's posterior match
    /// probability is prior·2^w / (prior·2^w + 1 − prior), so the weight where it reaches p is
    /// log2(p/(1−p)) + log2((1−prior)/prior). Defaults: link when a match is more likely than not (p = 0.5),
    /// review down to p = 0.05.
    /// </summary>
    public static MatchThresholds FromPrior(double prior, double matchProbability = 0.5, double reviewProbability = 0.05)
    {
        var priorOdds = Math.Log2((1 - prior) / prior);
        return new MatchThresholds(
            Logit2(matchProbability) + priorOdds,
            Logit2(reviewProbability) + priorOdds);
    }

    public MatchDecision Decide(double weight) =>
        weight >= Match ? MatchDecision.Match : weight >= Review ? MatchDecision.Review : MatchDecision.NonMatch;

    private static double Logit2(double p) => Math.Log2(p / (1 - p));
}

public enum MatchDecision
{
    NonMatch = 0,
    Review = 1,
    Match = 2,
}
