using Passerelle.Domain.Linkage.Clustering;
using Passerelle.Domain.Linkage.Scoring;

namespace Passerelle.Domain.Linkage.Privacy;

public sealed record PrivateLinkageOptions
{
    public LinkageMode Mode { get; init; } = LinkageMode.Deduplicate;

    /// <summary>
    /// Dice from which a pair is linked. Fixed on FEBRL dataset 1 (a file the benchmark does not report) with the
    /// default <see cref="ClkSettings"/>; set it to null to estimate it from the data with a mixture model.
    /// </summary>
    public double? MatchThreshold { get; init; } = DefaultMatchThreshold;

    /// <summary>Dice from which a pair goes to review; also the cluster-coherence bar.</summary>
    public double? ReviewThreshold { get; init; } = DefaultReviewThreshold;

    public const double DefaultMatchThreshold = 0.67;

    public const double DefaultReviewThreshold = 0.57;

    /// <summary>Posterior probabilities used for the thresholds that are estimated (null above).</summary>
    public double MatchProbability { get; init; } = 0.5;

    public double ReviewProbability { get; init; } = 0.05;

    public int LshTables { get; init; } = 150;

    public int LshBitsPerKey { get; init; } = 15;

    public int MaxClusterSize { get; init; } = 50;

    /// <summary>
    /// Each source is already free of duplicates (an agency's export with one record per person): a record then
    /// links to at most one record of another source, the one with the highest Dice.
    /// </summary>
    public bool SourcesAreDeduplicated { get; init; }
}

/// <param name="Pairs">Candidate pairs decided Match or Review, highest Dice first.</param>
public sealed record PrivateLinkageResult(
    IReadOnlyList<EncodedPair> Pairs,
    IReadOnlyList<Person> Persons,
    IReadOnlyList<LinkedPair> LinkedPairs,
    DiceMixture Mixture,
    double MatchThreshold,
    double ReviewThreshold,
    long PairsCompared);

public sealed record EncodedPair(string LeftId, string RightId, double Dice, MatchDecision Decision);

/// <summary>
/// Links Bloom-filter encodings without seeing any identity: Hamming-LSH blocking on the encodings, Dice
/// coefficients, thresholds from a mixture fitted to the scores, and the same coherent clustering and stable
/// person keys as plain linkage (scores are Dice coefficients instead of weights).
/// </summary>
public sealed class PrivateLinkageEngine(PrivateLinkageOptions options)
{
    public PrivateLinkageResult Run(
        IReadOnlyList<EncodedRecord> records,
        IReadOnlyCollection<RecordPair>? rejectedPairs = null,
        IReadOnlyCollection<RecordPair>? acceptedPairs = null,
        IReadOnlyDictionary<string, string>? previousPersonKeys = null)
    {
        var filters = new BloomFilterSet(records.Select(r => r.Bits).ToList());
        var sources = records.Select(r => r.Source).ToList();
        var candidates = new HammingLshBlocker(options.LshTables, options.LshBitsPerKey)
            .Block(filters, sources, options.Mode);
        var scores = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            scores[i] = filters.Dice(candidates[i].Left, candidates[i].Right);
        }

        var mixture = DiceMixture.Fit(BestScorePerRecord(records.Count, candidates, scores));
        var match = options.MatchThreshold ?? mixture.Threshold(options.MatchProbability);
        var review = Math.Min(options.ReviewThreshold ?? mixture.Threshold(options.ReviewProbability), match);
        var pairs = new List<EncodedPair>();
        var links = new List<ScoredLink>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (left, right) = candidates[i];
            var decision = scores[i] >= match ? MatchDecision.Match
                : scores[i] >= review ? MatchDecision.Review : MatchDecision.NonMatch;
            if (decision != MatchDecision.NonMatch)
            {
                pairs.Add(new EncodedPair(records[left].Id, records[right].Id, scores[i], decision));
            }

            if (decision == MatchDecision.Match)
            {
                links.Add(new ScoredLink(left, right, scores[i]));
            }
        }

        links = options.SourcesAreDeduplicated ? SourceLinks.OneToOne(links, sources) : SourceLinks.BestPerSource(links, sources);

        var indexOf = records.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var labels = CoherentClustering.Cluster(
            records.Count, links, filters.Dice, match,
            Indexes(rejectedPairs, indexOf).Select(p => PairKey.Of(p.Left, p.Right)).ToHashSet(),
            Indexes(acceptedPairs, indexOf), options.MaxClusterSize);
        var groups = Enumerable.Range(0, records.Count).GroupBy(i => labels[i]).Select(g => g.ToList()).ToList();
        var keys = PersonKeys.Assign(
            groups.Select(g => (IReadOnlyList<string>)g.Select(i => records[i].Id).ToList()).ToList(),
            previousPersonKeys ?? new Dictionary<string, string>());
        var persons = groups.Select((g, c) => new Person(keys[c], g.Select(i => records[i].Id).ToList())).ToList();
        var linked = new List<LinkedPair>();
        foreach (var group in groups)
        {
            for (var a = 0; a < group.Count; a++)
            {
                for (var b = a + 1; b < group.Count; b++)
                {
                    if (options.Mode == LinkageMode.Deduplicate || sources[group[a]] != sources[group[b]])
                    {
                        linked.Add(new LinkedPair(records[group[a]].Id, records[group[b]].Id, filters.Dice(group[a], group[b])));
                    }
                }
            }
        }

        pairs.Sort((x, y) => y.Dice.CompareTo(x.Dice));
        return new PrivateLinkageResult(pairs, persons, linked, mixture, match, review, candidates.Count);
    }

    // Each record's best candidate is its match when it has one, else its closest non-match: these scores form
    // two clear modes of comparable size, where all candidate pairs are swamped by near-random non-matches.
    private static List<double> BestScorePerRecord(int count, IReadOnlyList<(int Left, int Right)> candidates, double[] scores)
    {
        var best = Enumerable.Repeat(-1.0, count).ToArray();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (left, right) = candidates[i];
            best[left] = Math.Max(best[left], scores[i]);
            best[right] = Math.Max(best[right], scores[i]);
        }

        return best.Where(b => b >= 0).ToList();
    }

    private static List<(int Left, int Right)> Indexes(IEnumerable<RecordPair>? pairs, Dictionary<string, int> indexOf) =>
        (pairs ?? []).Where(p => indexOf.ContainsKey(p.LeftId) && indexOf.ContainsKey(p.RightId))
            .Select(p => (indexOf[p.LeftId], indexOf[p.RightId]))
            .ToList();
}
