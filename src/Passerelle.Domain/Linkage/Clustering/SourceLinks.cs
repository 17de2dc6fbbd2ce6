namespace Passerelle.Domain.Linkage.Clustering;

/// <summary>Constraints on match links that come from knowing which source (agency, file) each record is from.</summary>
public static class SourceLinks
{
    /// <summary>
    /// A link is kept when it is, for one of its two records at least, the best link to the other record's source.
    /// A record-level Dice on five short fields separates namesakes poorly (issue 13: "Blessing Okafor 2004" is
    /// above any threshold against many), and coherent clustering alone then chains them; keeping each record's
    /// best link per source stops the chains without assuming sources free of duplicates — two copies of one person
    /// in agency A both keep their link to agency B's record, as it is their best.
    /// </summary>
    public static List<ScoredLink> BestPerSource(List<ScoredLink> links, IReadOnlyList<string> sources)
    {
        var best = new Dictionary<(int Record, string Source), double>();
        foreach (var link in links)
        {
            Note(link.Left, sources[link.Right], link.Score);
            Note(link.Right, sources[link.Left], link.Score);
        }

        return links.Where(l => best[(l.Left, sources[l.Right])] <= l.Score || best[(l.Right, sources[l.Left])] <= l.Score).ToList();

        void Note(int record, string source, double score)
        {
            if (!best.TryGetValue((record, source), out var current) || score > current)
            {
                best[(record, source)] = score;
            }
        }
    }

    /// <summary>
    /// Each candidate pair across sources, with the posterior it has once an agency is known to record a person
    /// at most once, apart from copies: from record a's end, a's match in b's source, if any, is b or one of a's
    /// other candidates there (its rivals), so P(a ~ b) = odds(b) / ((1 − π) + odds(b) + Σ odds(rivals)), where π
    /// is the chance that a has a match in that source at all and odds are prior/(1 − prior)·2^weight, as the
    /// thresholds'. The pair keeps the smaller posterior of its two ends. A candidate c that is itself a match of b
    /// (<paramref name="samePerson"/>: two copies of one person in one agency) is no rival.
    /// </summary>
    /// <param name="candidates">Every pair kept for review or match, with its weight.</param>
    /// <param name="matchedShare">π for a record of the first source and the second source.</param>
    public static Dictionary<(int Left, int Right), double> Posteriors(
        IReadOnlyList<ScoredLink> candidates, IReadOnlyList<string> sources, double prior,
        Func<int, int, bool> samePerson, IReadOnlyDictionary<(string, string), double> matchedShare)
    {
        var others = new Dictionary<int, List<(int Other, double Odds)>>();
        foreach (var c in candidates)
        {
            Note(c.Left, c.Right, Odds(c.Score));
            Note(c.Right, c.Left, Odds(c.Score));
        }

        var posteriors = new Dictionary<(int, int), double>();
        foreach (var c in candidates.Where(c => sources[c.Left] != sources[c.Right]))
        {
            var odds = Odds(c.Score);
            posteriors[(c.Left, c.Right)] = Math.Min(Posterior(c.Left, c.Right, odds), Posterior(c.Right, c.Left, odds));
        }

        return posteriors;

        double Odds(double weight) => prior / (1 - prior) * Math.Pow(2, weight);

        double Posterior(int record, int other, double odds)
        {
            var rivals = 0.0;
            foreach (var (c, o) in others[record])
            {
                if (c != other && sources[c] == sources[other] && !samePerson(other, c))
                {
                    rivals += o;
                }
            }

            var unmatched = 1 - matchedShare.GetValueOrDefault((sources[record], sources[other]));
            return odds / (unmatched + odds + rivals);
        }

        void Note(int record, int other, double odds)
        {
            if (!others.TryGetValue(record, out var list))
            {
                others[record] = list = [];
            }

            list.Add((other, odds));
        }
    }

    /// <summary>
    /// π of <see cref="Posteriors"/>: for each ordered pair of sources, the share of the first source's records
    /// that <paramref name="links"/> (the pairs' own decisions) tie to a record of the second, with add-one
    /// smoothing: never 1, so two equal rivals never both reach a posterior of 0.5.
    /// </summary>
    public static Dictionary<(string, string), double> MatchedShare(IEnumerable<ScoredLink> links, IReadOnlyList<string> sources)
    {
        var records = sources.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return links.Where(l => sources[l.Left] != sources[l.Right])
            .SelectMany(l => new[] { (Record: l.Left, Other: sources[l.Right]), (Record: l.Right, Other: sources[l.Left]) })
            .Distinct()
            .GroupBy(x => (sources[x.Record], x.Other))
            .ToDictionary(g => g.Key, g => (g.Count() + 1) / (records[g.Key.Item1] + 2.0));
    }

    /// <summary>
    /// Each source is known to be free of duplicates: a record links to at most one record of each other source,
    /// links taken strongest first (greedy assignment on the weights; ties by index, so the result is stable).
    /// </summary>
    public static List<ScoredLink> OneToOne(List<ScoredLink> links, IReadOnlyList<string> sources)
    {
        var used = new HashSet<(int Record, string Source)>();
        var kept = new List<ScoredLink>();
        foreach (var link in links.OrderByDescending(l => l.Score).ThenBy(l => l.Left).ThenBy(l => l.Right))
        {
            if (sources[link.Left] != sources[link.Right]
                && !used.Contains((link.Left, sources[link.Right])) && !used.Contains((link.Right, sources[link.Left])))
            {
                used.Add((link.Left, sources[link.Right]));
                used.Add((link.Right, sources[link.Left]));
                kept.Add(link);
            }
        }

        return kept;
    }
}
