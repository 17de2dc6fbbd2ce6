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
    /// The links that namesakes in one source contest: a link between a and b holds when, from each end, its
    /// posterior stays at least <paramref name="matchProbability"/> once the other candidates of that end in b's
    /// source are counted as rivals, odds(a, b) / (1 + odds(a, b) + Σ odds(a, c)) — a record rarely has two
    /// persons' matches in one agency. A candidate c that is itself a match of b (<paramref name="samePerson"/>:
    /// two copies of one person in one agency) is no rival. Odds are prior/(1 − prior)·2^weight, as the thresholds.
    /// </summary>
    /// <param name="candidates">Every pair kept for review or match, with its weight.</param>
    public static HashSet<(int Left, int Right)> Contested(
        List<ScoredLink> links, IEnumerable<ScoredLink> candidates, IReadOnlyList<string> sources,
        double prior, double matchProbability, Func<int, int, bool> samePerson)
    {
        var others = new Dictionary<int, List<(int Other, double Odds)>>();
        foreach (var c in candidates)
        {
            Note(c.Left, c.Right, Odds(c.Score));
            Note(c.Right, c.Left, Odds(c.Score));
        }

        var contested = new HashSet<(int, int)>();
        foreach (var link in links.Where(l => sources[l.Left] != sources[l.Right]))
        {
            var odds = Odds(link.Score);
            if (Posterior(link.Left, link.Right, odds) < matchProbability || Posterior(link.Right, link.Left, odds) < matchProbability)
            {
                contested.Add((link.Left, link.Right));
            }
        }

        return contested;

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

            return odds / (1 + odds + rivals);
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
