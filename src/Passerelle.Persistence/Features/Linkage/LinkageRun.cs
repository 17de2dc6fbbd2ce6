namespace Passerelle.Web.Features.Linkage;

public enum LinkageTrigger
{
    OnDemand,
    Nightly,
    Decision,
}

/// <summary>One pass of record linkage over all cases, kept as history: what it compared and what it found.</summary>
public sealed class LinkageRun
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public LinkageTrigger Trigger { get; private set; }

    /// <summary>The coordinator who asked for it; null for the nightly run.</summary>
    public Guid? StartedBy { get; private set; }

    public DateTime StartedAt { get; private set; }
    public DateTime FinishedAt { get; private set; }
    public int Cases { get; private set; }
    public int CandidatePairs { get; private set; }
    public int Matches { get; private set; }
    public int ReviewPairs { get; private set; }
    public int Persons { get; private set; }

    /// <summary>Weights from which a pair was linked, and sent to review: estimated by each run from its data.</summary>
    public double MatchThreshold { get; private set; }

    public double ReviewThreshold { get; private set; }

    private LinkageRun()
    {
    }

    public static LinkageRun Record(
        LinkageTrigger trigger, Guid? startedBy, DateTime startedAt, DateTime finishedAt,
        int cases, int candidatePairs, int matches, int reviewPairs, int persons, double matchThreshold, double reviewThreshold) => new()
        {
            Trigger = trigger,
            StartedBy = startedBy,
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            Cases = cases,
            CandidatePairs = candidatePairs,
            Matches = matches,
            ReviewPairs = reviewPairs,
            Persons = persons,
            MatchThreshold = Math.Round(matchThreshold, 2),
            ReviewThreshold = Math.Round(reviewThreshold, 2),
        };
}
